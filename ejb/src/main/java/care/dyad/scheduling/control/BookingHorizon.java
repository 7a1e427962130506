package care.dyad.scheduling.control;

import care.dyad.shared.DomainException;
import care.dyad.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How far ahead anything may be scheduled ({@link Settings#bookingHorizonYears()}): a session in
 * 2926 or leave until 2126 is refused with the date that was meant to be typed in reach.
 */
@ApplicationScoped
public class BookingHorizon {

  @Inject Settings settings;

  /** The latest instant a session or an absence may reach, counted from now in the zone. */
  public Instant end(ZoneId zone) {
    return ZonedDateTime.now(zone).plusYears(settings.bookingHorizonYears()).toInstant();
  }

  /**
   * @param what how the refusal names the time, e.g. "startsAt"
   * @throws DomainException naming {@code field} when {@code at} lies beyond the horizon
   */
  public void require(Instant at, ZoneId zone, String field, String what) {
    var end = end(zone);
    if (at.isAfter(end)) {
      throw DomainException.invalid(
          field,
          what
              + " ("
              + LocalDate.ofInstant(at, zone)
              + ") is too far ahead: sessions and absences are scheduled up to "
              + settings.bookingHorizonYears()
              + " years ahead, until "
              + LocalDate.ofInstant(end, zone)
              + ".");
    }
  }
}
