package care.dyad.web.fhir;

/** FHIR's JSON media type. */
public final class FhirMediaTypes {

  public static final String FHIR_JSON = "application/fhir+json";

  /** FHIR Bulk Data files: one resource per line. */
  public static final String FHIR_NDJSON = "application/fhir+ndjson";

  private FhirMediaTypes() {}
}
