package care.dyad.web.api;

import care.dyad.shared.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
}
