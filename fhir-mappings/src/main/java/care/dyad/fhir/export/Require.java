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
}
