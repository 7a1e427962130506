package care.dyad.scheduling.control;

import care.dyad.scheduling.entity.AvailabilityException;
import care.dyad.scheduling.entity.WorkingHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Clinicians' working hours and absences as last read, per clinician and centre, for the booking
 * path. A copy is used only while the clinician's availability version, read from the database
 * under the booking's lock, is the one it was read at: every change of hours or absences takes the
 * same lock and moves the version (see Rota), so a copy is never stale, on one node or many, and a
 * booking reads neither table while it holds the locks.
 *
 * <p>The copies hold detached entities; both types are immutable once created.
 */
@ApplicationScoped
public class WorkingTimes {

  /** Absences that ended this long before a copy was read are dropped from it. */
  private static final Duration PAST_ABSENCES = Duration.ofDays(1);

  private static final Instant FAR_AHEAD = Instant.parse("9999-01-01T00:00:00Z");

  /** A clinician's weekly hours at a centre and absences from a day before it was read on. */
  public record WorkingTime(
      long version, List<WorkingHours> hours, List<AvailabilityException> away) {}

  private final ConcurrentMap<Key, WorkingTime> copies = new ConcurrentHashMap<>();

  private record Key(String clinicianId, String centreId) {}

  @Inject Availability availability;

  /**
   * The clinician's hours at the centre and absences as of {@code version}, which the caller has
   * read under the clinician's row lock; read again from the database when the copy is older.
   */
  public WorkingTime at(String clinicianId, String centreId, long version) {
    var key = new Key(clinicianId, centreId);
    var copy = copies.get(key);
    if (copy != null && copy.version() == version) {
      return copy;
    }
    var fresh =
        new WorkingTime(
            version,
            List.copyOf(availability.hours(clinicianId, centreId)),
            List.copyOf(
                availability.exceptions(
                    clinicianId, Instant.now().minus(PAST_ABSENCES), FAR_AHEAD)));
    // Versions only grow; a slower reader never replaces a newer copy.
    copies.merge(key, fresh, (old, read) -> read.version() >= old.version() ? read : old);
    return fresh;
  }
}
