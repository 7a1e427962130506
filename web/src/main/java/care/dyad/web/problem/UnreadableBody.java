package care.dyad.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The answer to a request body that could not be read as the endpoint's JSON: which field has the
 * wrong type or format and what it should be, where the syntax breaks, or that an object was
 * expected. Only field names, type names and positions are taken from the parser's messages, never
 * the values they quote.
 */
final class UnreadableBody {

  private static final Pattern PROPERTY =
      Pattern.compile("Unable to deserialize property '([A-Za-z_$][A-Za-z0-9_$]*)'");

  private static final String FORMATS =
      "dates as YYYY-MM-DD, times with their offset as 2026-12-01T10:00:00Z, ids as UUIDs,"
          + " numbers unquoted";

  private static final String OBJECT_EXPECTED = "Allowed: [START_OBJECT]";
  private static final String CAUSE = "because of:";

  /** A type as the parser names it, and what a person should send for it. */
  private static final String[][] EXPECTED = {
    {OBJECT_EXPECTED, "an object: {…}"},
    {"Allowed: [START_ARRAY]", "a list: […]"},
    {"java.time.LocalDate ", "a date as YYYY-MM-DD"},
    {"java.time.LocalTime", "a time of day as HH:MM, e.g. 09:30"},
    {"java.time.OffsetDateTime", "a time with its offset, e.g. 2026-12-01T10:00:00Z"},
    {"java.time.Instant", "a time with its offset, e.g. 2026-12-01T10:00:00Z"},
    {"type: int.", "a whole number, unquoted"},
    {"type: long.", "a whole number, unquoted"},
    {"java.lang.Integer", "a whole number, unquoted"},
    {"java.lang.Long", "a whole number, unquoted"},
    {"java.math.BigDecimal", "a number, unquoted"},
    {"java.lang.Double", "a number, unquoted"},
  };

  private UnreadableBody() {}

  /**
   * @param thrown the JSON-B or JAX-RS processing failure, with its causes
   */
  static Failure failure(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return failure("The request body is not UTF-8 text.", List.of());
      }
      if (t instanceof JsonParsingException e && e.getLocation() != null) {
        return failure(
            "The request body is not valid JSON (line "
                + e.getLocation().getLineNumber()
                + ", column "
                + e.getLocation().getColumnNumber()
                + ").",
            List.of());
      }
      if (t instanceof JsonbException && t.getMessage() != null) {
        var field = fieldOf(t.getMessage());
        if (field != null) {
          var expected = expected(t.getMessage());
          var message =
              expected == null
                  ? field + " has the wrong type or format; send " + FORMATS + "."
                  : field + " must be " + expected + ".";
          return failure(message, List.of(new Failure.FieldError(field, message)));
        }
        if (t.getMessage().contains(OBJECT_EXPECTED)) {
          return failure(
              "The request body must be a JSON object: {\"field\": value, …}.", List.of());
        }
      }
    }
    return failure(
        "The request body is not valid JSON for this endpoint: check the syntax and send "
            + FORMATS
            + ".",
        List.of());
  }

  /** The field at fault, as a path for nested objects ("child.birthDate"), or null. */
  static String fieldOf(String message) {
    var names = new ArrayList<String>();
    var matcher = PROPERTY.matcher(message);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names.isEmpty() ? null : String.join(".", names);
  }

  /** What the field should have been, from the innermost type the parser names, or null. */
  static String expected(String message) {
    var cause = message.lastIndexOf(CAUSE);
    var innermost = cause < 0 ? message : message.substring(cause + CAUSE.length());
    for (var kind : EXPECTED) {
      if (innermost.contains(kind[0])) {
        return kind[1];
      }
    }
    return null;
  }

  private static Failure failure(String detail, List<Failure.FieldError> errors) {
    return new Failure(400, Failure.title(400), detail, errors);
  }
}
