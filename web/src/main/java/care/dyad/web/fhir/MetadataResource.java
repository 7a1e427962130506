package care.dyad.web.fhir;

import care.dyad.fhir.CapabilityStatements;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.hl7.fhir.r4.model.CapabilityStatement;

/** {@code GET /fhir/metadata}: public, so clients can discover what the server offers. */
@Path("metadata")
public class MetadataResource {

  @Context UriInfo uri;

  @GET
  @Produces({FhirMediaTypes.FHIR_JSON, MediaType.APPLICATION_JSON})
  public CapabilityStatement capabilities() {
    var version = getClass().getPackage().getImplementationVersion();
    return CapabilityStatements.server(FhirBase.of(uri), version == null ? "development" : version);
  }
}
