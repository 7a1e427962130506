package care.dyad.fhir.export;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the export records. */
final class Require {

  // Our ids become FHIR logical ids verbatim, so they must already satisfy FHIR's id rule.
  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private Require() {}

  static <T> T present(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " is required");
  }

  static String fhirId(String value, String name) {
    present(value, name);
    if (!FHIR_ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be 1-64 characters of [A-Za-z0-9-.] to serve as a FHIR id: " + value);
    }
    return value;
  }

  /** A count of things: zero or more. */
  static int count(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " cannot be negative: " + value);
    }
    return value;
  }

  /** A part that cannot exceed its whole, e.g. completed episodes of the closed ones. */
  static void atMost(int part, int whole, String partName, String wholeName) {
    if (part > whole) {
      throw new IllegalArgumentException(
          partName + " (" + part + ") cannot exceed " + wholeName + " (" + whole + ")");
    }
  }
}
