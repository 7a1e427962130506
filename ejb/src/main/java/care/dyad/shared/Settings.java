package care.dyad.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Rules that centres tune, read from the environment with working defaults. */
@ApplicationScoped
public class Settings {

  /** No attended session for this long while in treatment counts as dropout. */
  public Duration dropoutGap() {
    return Duration.ofDays(7L * intFromEnv("DYADCARE_DROPOUT_WEEKS", 6));
  }

  private static int intFromEnv(String name, int fallback) {
    var value = System.getenv(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
