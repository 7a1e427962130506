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

  @Test
  void aBookingEndsOneLengthAfterItStarts() {
    var start = now.plus(Duration.ofDays(7));
    var session =
        new TherapySession(
            UUID.randomUUID(), "north", "clara", start, Duration.ofMinutes(90), "sam", now);
    assertEquals(start.plus(Duration.ofMinutes(90)), session.endsAt());
    assertEquals(SessionStatus.BOOKED, session.status());
  }

  @Test
  void bookingsInThePastOrOfOddLengthsAreRefused() {
    assertEquals(
        "startsAt",
        assertThrows(
                DomainException.class,
                () ->
                    new TherapySession(
                        UUID.randomUUID(),
                        "north",
                        "clara",
                        now.minusSeconds(60),
                        Duration.ofMinutes(60),
                        "sam",
                        now))
            .field());
    assertEquals(
        "durationMinutes",
        assertThrows(
                DomainException.class,
                () ->
                    new TherapySession(
                        UUID.randomUUID(),
                        "north",
                        "clara",
                        now.plusSeconds(3600),
                        Duration.ofMinutes(5),
                        "sam",
                        now))
            .field());
    assertEquals(
        "durationMinutes",
        assertThrows(
                DomainException.class,
                () ->
                    new TherapySession(
                        UUID.randomUUID(),
                        "north",
                        "clara",
                        now.plusSeconds(3600),
                        Duration.ofHours(5),
                        "sam",
                        now))
            .field());
  }
}
