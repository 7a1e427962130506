package care.dyad.staff.control;

import care.dyad.staff.entity.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" and local dates as a centre sees them: in its own time zone, not the server's, so that a
 * consent given or a day waited counts on the family's calendar wherever the server runs.
 */
@ApplicationScoped
public class CentreCalendar {

  @PersistenceContext EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public ZoneId zoneOf(String centreId) {
    var centre = em.find(Centre.class, centreId);
    if (centre == null) {
      throw new IllegalStateException("A record names a centre that does not exist.");
    }
    return centre.timeZone();
  }

  public LocalDate today(String centreId) {
    return LocalDate.now(clock.withZone(zoneOf(centreId)));
  }
}
