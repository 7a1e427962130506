package care.dyad.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import care.dyad.audit.entity.AuditTarget;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditTargetsTest {

  /** A view of a session, as another context would write one. */
  record Session(UUID id, UUID episodeId, String centreId) implements AuditedRecord {
    @Override
    public String auditType() {
      return "session";
    }

    @Override
    public UUID auditId() {
      return id;
    }

    @Override
    public String auditCentreId() {
      return centreId;
    }

    @Override
    public UUID auditEpisodeId() {
      return episodeId;
    }
  }

  private final UUID episode = UUID.randomUUID();
  private final Session first = new Session(UUID.randomUUID(), episode, "north");
  private final Session second = new Session(UUID.randomUUID(), episode, "north");

  @Test
  void aReturnedRecordIsTheTarget() {
    var targets = AuditTargets.of(first, new Object[] {episode}, "episode");
    assertEquals(List.of(new AuditTarget("session", first.id(), episode, null, "north")), targets);
    assertEquals(targets, AuditTargets.of(Optional.of(first), new Object[] {}, ""));
  }

  @Test
  void eachRecordOfAReturnedCollectionIsATarget() {
    var targets = AuditTargets.of(List.of(first, "not a record", second), new Object[] {}, "");
    assertEquals(List.of(first.id(), second.id()), targets.stream().map(AuditTarget::id).toList());
  }

  @Test
  void withoutARecordTheFirstUuidParameterIsTheTargetOfTheDeclaredKind() {
    var other = UUID.randomUUID();
    var targets = AuditTargets.of(null, new Object[] {"x", episode, other}, "episode");
    assertEquals(List.of(new AuditTarget("episode", episode, episode, null, null)), targets);
    var emptyList = AuditTargets.of(List.of(), new Object[] {episode}, "episode");
    assertEquals(targets, emptyList, "an empty answer still logs the call");
  }

  @Test
  void withoutARecordOrAUuidTheCallIsLoggedAboutNothing() {
    var targets = AuditTargets.of("text", new Object[] {"x"}, "");
    assertEquals(1, targets.size());
    assertNull(targets.get(0).id());
    assertNull(targets.get(0).type());
  }
}
