package care.dyad.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** The one FHIR R4 context of the application, and JSON encoding through it. */
public final class Fhir {

  private Fhir() {}

  /**
   * The shared context. Building one scans the whole model (seconds); {@code forR4Cached} builds it
   * lazily once per class loader and is thread-safe.
   */
  public static FhirContext context() {
    return FhirContext.forR4Cached();
  }

  /** Compact JSON, as sent to payers. */
  public static String encode(IBaseResource resource) {
    return parser().encodeResourceToString(resource);
  }

  /** Indented JSON, for people and for expected-output files. */
  public static String encodePretty(IBaseResource resource) {
    return parser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  /**
   * Parses JSON into the given resource type.
   *
   * @throws ca.uhn.fhir.parser.DataFormatException if the JSON is not a valid resource of that type
   */
  public static <T extends IBaseResource> T parse(Class<T> type, String json) {
    // Lenient as before, but silent: its warnings quote the element names a client sent.
    return parser().setParserErrorHandler(new LenientErrorHandler(false)).parseResource(type, json);
  }

  // Parsers are cheap but not thread-safe, so each call gets its own.
  private static IParser parser() {
    return context().newJsonParser();
  }
}
