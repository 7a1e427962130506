package care.dyad.web.fhir;

import care.dyad.export.boundary.PayerExports;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;

/** Episode-level operations for payers. */
@Path("EpisodeOfCare")
@Produces({FhirMediaTypes.FHIR_JSON, MediaType.APPLICATION_JSON})
public class EpisodeOfCareResource {

  @Inject PayerExports exports;
  @Context UriInfo uri;

  /** {@code GET /fhir/EpisodeOfCare/{id}/$outcome-bundle}: the episode's complete outcome data. */
  @GET
  @Path("{id}/{operation: \\$outcome-bundle}")
  public Bundle outcomeBundle(@PathParam("id") UUID id) {
    return exports.episodeBundle(id, FhirBase.of(uri));
  }
}
