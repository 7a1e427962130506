package care.dyad.web.api;

import care.dyad.shared.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/** Query parameters that JAX-RS cannot convert itself, parsed with an actionable refusal. */
final class QueryValues {

  private QueryValues() {}

  static LocalDate date(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          name, name + " must be a date as YYYY-MM-DD; got '" + value + "'.");
    }
  }

  static UUID uuid(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(name, name + " must be an id (UUID); got '" + value + "'.");
    }
  }

  static int integer(String value, String name, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw DomainException.invalid(name, name + " must be a whole number; got '" + value + "'.");
    }
  }

  /** {@code true} or {@code false} in any case; absent is false. JAX-RS reads "yes" as false. */
  static boolean bool(String value, String name) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw DomainException.invalid(name, name + " must be true or false.");
    };
  }
}
