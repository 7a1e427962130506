package care.dyad.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Rules that centres tune, read from the environment with working defaults. */
@ApplicationScoped
public class Settings {

  /** No attended session for this long while in treatment counts as dropout. */
  public Duration dropoutGap() {
    return Duration.ofDays(7L * intFromEnv("DYADCARE_DROPOUT_WEEKS", 6, 1, 52));
  }

  /** Travel time blocked before and after a home visit in the clinician's calendar. */
  public Duration travelBuffer() {
    return Duration.ofMinutes(intFromEnv("DYADCARE_TRAVEL_BUFFER_MINUTES", 30, 0, 240));
  }

  /** No attended session for this long while in treatment marks a family at risk. */
  public Duration atRiskGap() {
    return Duration.ofDays(7L * intFromEnv("DYADCARE_AT_RISK_WEEKS", 3, 1, 52));
  }

  /** How long after its due date a re-measurement counts as overdue. */
  public Duration remeasurementGrace() {
    return Duration.ofDays(intFromEnv("DYADCARE_REMEASUREMENT_GRACE_DAYS", 14, 0, 90));
  }

  /**
   * How many years ahead sessions and clinicians' absences may be scheduled; a date beyond is a
   * slip of the keyboard (2062 for 2026), not a plan.
   */
  public int bookingHorizonYears() {
    return intFromEnv("DYADCARE_BOOKING_HORIZON_YEARS", 2, 1, 1000);
  }

  /**
   * The FHIR base URL payers know this system by, for the {@code fullUrl}s of pushed bundles (which
   * are built outside any request).
   */
  public String publicFhirBase() {
    var url = System.getenv("DYADCARE_PUBLIC_URL");
    var base = url == null || url.isBlank() ? "http://localhost:8080" : url.trim();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/fhir";
  }

  /** A whole number from the environment; the default when unset, unreadable or out of range. */
  private static int intFromEnv(String name, int fallback, int min, int max) {
    var value = System.getenv(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      var number = Integer.parseInt(value.trim());
      return number < min || number > max ? fallback : number;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
