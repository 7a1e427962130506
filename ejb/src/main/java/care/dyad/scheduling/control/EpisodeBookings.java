package care.dyad.scheduling.control;

import care.dyad.scheduling.entity.SessionStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An episode's bookings that hold time, read in one query: what counts against the dose, the start
 * times the programme's spacing is measured from, and the number k of a new booking.
 */
public record EpisodeBookings(List<Held> held) {

  /**
   * One booking that holds time. It counts against the dose when booked ahead or attended; a
   * did-not-attend holds its time but does not count.
   */
  public record Held(UUID id, Instant startsAt, SessionStatus status) {

    boolean counted() {
      return status == SessionStatus.BOOKED || status == SessionStatus.ATTENDED;
    }
  }

  public long countedAgainstDose() {
    return held.stream().filter(Held::counted).count();
  }

  /** Start times of the bookings, without the one being moved (null for none). */
  public List<Instant> startsExcept(UUID ignored) {
    return held.stream().filter(h -> !h.id().equals(ignored)).map(Held::startsAt).toList();
  }

  /** The number k a new booking at {@code start} gets: counted bookings before it, plus one. */
  public int numberAt(Instant start) {
    return 1 + (int) held.stream().filter(h -> h.counted() && h.startsAt().isBefore(start)).count();
  }
}
