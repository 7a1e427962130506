package care.dyad.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static final Instant AT = Instant.parse("2026-11-22T09:00:00.123456789Z");
  private final Actor clara =
      new Actor("clara", "sub-clara", Set.of("clinician"), Set.of("south", "north"), null);

  @Test
  void anEventKeepsWhoWhatAndWhenToTheMicrosecond() {
    var episode = UUID.randomUUID();
    var event =
        AuditEvent.record(
            clara,
            "episode.read",
            new AuditTarget("episode", episode, null, null, "north"),
            AuditOutcome.SUCCESS,
            null,
            AT);
    assertEquals("clara", event.actor());
    assertEquals("sub-clara", event.actorSubject());
    assertEquals(List.of("clinician"), event.actorRoles());
    assertEquals(List.of("north", "south"), event.actorCentres());
    assertEquals("episode.read", event.action());
    assertEquals(episode, event.targetId());
    assertEquals(episode, event.episodeId(), "an episode is its own episode");
    assertNull(event.dyadId());
    assertEquals("north", event.centreId());
    assertEquals(Instant.parse("2026-11-22T09:00:00.123456Z"), event.occurredAt());
  }

  @Test
  void centresAreStoredBetweenSeparatorsSoALikePatternFindsExactlyOneCentre() {
    assertEquals(",north,south,", AuditEvent.centresColumn(List.of("north", "south")));
    assertEquals("", AuditEvent.centresColumn(List.of()));
    assertEquals("%,north,%", AuditEvent.centrePattern("north"));
    assertEquals("%,a!_b!%c!!,%", AuditEvent.centrePattern("a_b%c!"), "wildcards are escaped");
  }

  @Test
  void tooManyCentresAreDroppedWholeNeverCut() {
    var centres = IntStream.range(0, 100).mapToObj(i -> "centre-" + i).collect(Collectors.toList());
    var column = AuditEvent.centresColumn(centres);
    assertTrue(column.length() <= AuditEvent.CENTRES_LENGTH);
    assertTrue(column.endsWith(","), column);
    var kept = List.of(column.substring(1, column.length() - 1).split(","));
    assertEquals(centres.subList(0, kept.size()), kept);
  }

  @Test
  void overlongNamesAreCutToTheirColumnInsteadOfFailingTheRequest() {
    var event =
        AuditEvent.record(
            new Actor("x".repeat(300), null, Set.of(), Set.of(), null),
            "GET /" + "a".repeat(300),
            null,
            AuditOutcome.REFUSED,
            403,
            AT);
    assertEquals(AuditEvent.ACTOR_LENGTH, event.actor().length());
    assertEquals(event.actor(), event.actorSubject(), "no subject falls back to the username");
    assertEquals(AuditEvent.ACTION_LENGTH, event.action().length());
    assertNull(event.targetId());
    assertEquals(List.of(), event.actorCentres());
  }
}
