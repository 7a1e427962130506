package care.dyad.web.api;

import care.dyad.programme.boundary.ProgrammeDefinition;
import care.dyad.programme.boundary.ProgrammeView;
import care.dyad.programme.boundary.Programmes;
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

/** The programme catalogue; centre admins define entries with PUT. */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammesResource {

  @Inject Programmes programmes;

  @GET
  public List<ProgrammeView> catalogue() {
    return programmes.catalogue();
  }

  @GET
  @Path("{code}")
  public ProgrammeView get(@PathParam("code") String code) {
    return programmes.find(code);
  }

  /** Creates (201) or changes (200) an entry; assigned care plans keep their copied dose. */
  @PUT
  @Path("{code}")
  public Response define(@PathParam("code") String code, ProgrammeDefinition definition) {
    var defined = programmes.define(code, definition);
    return Response.status(defined.created() ? 201 : 200).entity(defined.entry()).build();
  }
}
