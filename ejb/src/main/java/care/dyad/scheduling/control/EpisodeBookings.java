package care.dyad.scheduling.control;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An episode's bookings that hold time: what counts against the dose, the start times the
 * programme's spacing is measured from, and the number k of a new booking.
 */
public record EpisodeBookings(List<Hold> held) {

  public long countedAgainstDose() {
    return held.stream().filter(Hold::countsAgainstDose).count();
  }

  /** Start times of the bookings, without the one being moved (null for none). */
  public List<Instant> startsExcept(UUID ignored) {
    return held.stream().filter(h -> !h.id().equals(ignored)).map(Hold::startsAt).toList();
  }

  /** The number k a new booking at {@code start} gets: counted bookings before it, plus one. */
  public int numberAt(Instant start) {
    return 1
        + (int)
            held.stream()
                .filter(h -> h.countsAgainstDose() && h.startsAt().isBefore(start))
                .count();
  }
}
