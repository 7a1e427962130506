package care.dyad.web.fhir;

/** FHIR's JSON media type. */
public final class FhirMediaTypes {

  public static final String FHIR_JSON = "application/fhir+json";

  private FhirMediaTypes() {}
}
