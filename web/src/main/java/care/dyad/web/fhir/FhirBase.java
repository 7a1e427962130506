package care.dyad.web.fhir;

import jakarta.ws.rs.core.UriInfo;

/** The absolute FHIR base URL of the current request, without a trailing slash. */
final class FhirBase {

  private FhirBase() {}

  static String of(UriInfo uri) {
    var base = uri.getBaseUri().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
