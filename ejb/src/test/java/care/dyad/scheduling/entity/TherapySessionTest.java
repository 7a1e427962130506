package care.dyad.scheduling.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.dyad.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TherapySessionTest {

  private final Instant now = Instant.parse("2026-11-22T09:00:00Z");
  private final UUID room = UUID.randomUUID();

  private TherapySession.Booking booking(
      Instant start, Duration length, UUID roomId, boolean home) {
    return new TherapySession.Booking(
        UUID.randomUUID(),
        "north",
        UUID.randomUUID(),
        "clara",
        roomId,
        home,
        start,
        length,
        Duration.ofMinutes(30),
        null,
        null);
  }

  @Test
  void aRoomBookingBlocksExactlyItsOwnTime() {
    var start = now.plus(Duration.ofDays(7));
    var session =
        new TherapySession(booking(start, Duration.ofMinutes(90), room, false), "sam", now);
    assertEquals(start.plus(Duration.ofMinutes(90)), session.endsAt());
    assertEquals(start, session.blockedFrom());
    assertEquals(SessionStatus.BOOKED, session.status());
  }

  @Test
  void aHomeVisitBlocksTravelTimeAroundIt() {
    var start = now.plus(Duration.ofDays(7));
    var visit = new TherapySession(booking(start, Duration.ofMinutes(60), null, true), "sam", now);
    assertEquals(start.minus(Duration.ofMinutes(30)), visit.blockedFrom());
    assertEquals(start.plus(Duration.ofMinutes(90)), visit.blockedUntil());
  }

  @Test
  void bookingsInThePastOfOddLengthsOrWithoutAPlaceAreRefused() {
    assertEquals(
        "startsAt",
        assertThrows(
                DomainException.class,
                () ->
                    new TherapySession(
                        booking(now.minusSeconds(60), Duration.ofMinutes(60), room, false),
                        "sam",
                        now))
            .field());
    assertEquals(
        "durationMinutes",
        assertThrows(
                DomainException.class,
                () ->
                    new TherapySession(
                        booking(now.plusSeconds(3600), Duration.ofMinutes(5), room, false),
                        "sam",
                        now))
            .field());
    assertEquals(
        "roomId",
        assertThrows(
                DomainException.class,
                () ->
                    new TherapySession(
                        booking(now.plusSeconds(3600), Duration.ofMinutes(60), null, false),
                        "sam",
                        now))
            .field());
  }

  @Test
  void cancellingKeepsTheBookingWithItsReasonAndFreesTheTime() {
    var session =
        new TherapySession(
            booking(now.plus(Duration.ofDays(3)), Duration.ofMinutes(60), room, false), "sam", now);
    assertEquals(
        "note",
        assertThrows(
                DomainException.class, () -> session.cancel(ChangeReason.OTHER, " ", "sam", now))
            .field());
    session.cancel(ChangeReason.BY_FAMILY, null, "sam", now);
    assertEquals(SessionStatus.CANCELLED, session.status());
    assertEquals(false, session.status().holdsTime());
    assertThrows(
        DomainException.class, () -> session.cancel(ChangeReason.BY_FAMILY, null, "sam", now));
  }

  @Test
  void outcomesWaitForTheSessionExceptLateCancellation() {
    var session =
        new TherapySession(
            booking(now.plus(Duration.ofDays(3)), Duration.ofMinutes(60), room, false), "sam", now);
    assertThrows(
        DomainException.class,
        () -> session.recordOutcome(SessionStatus.ATTENDED, true, true, false, "clara", now));
    session.recordOutcome(SessionStatus.CANCELLED_LATE, false, false, false, "clara", now);
    assertEquals(SessionStatus.CANCELLED_LATE, session.status());
  }
}
