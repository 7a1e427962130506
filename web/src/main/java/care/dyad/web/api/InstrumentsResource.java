package care.dyad.web.api;

import care.dyad.programme.boundary.InstrumentDefinition;
import care.dyad.programme.boundary.InstrumentView;
import care.dyad.programme.boundary.Instruments;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The instrument catalogue. */
@Path("instruments")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

  @Inject Instruments instruments;

  @GET
  public List<InstrumentView> catalogue() {
    return instruments.catalogue();
  }

  /** Creates (201) or changes (200) an entry; recorded scores are never rewritten. */
  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response define(@PathParam("code") String code, InstrumentDefinition definition) {
    var defined = instruments.define(code, definition);
    return Response.status(defined.created() ? 201 : 200).entity(defined.entry()).build();
  }
}
