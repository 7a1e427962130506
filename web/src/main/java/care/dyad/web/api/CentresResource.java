package care.dyad.web.api;

import care.dyad.staff.boundary.AdminRequests.CentreView;
import care.dyad.staff.boundary.AdminRequests.NewCentre;
import care.dyad.staff.boundary.CentreAdministration;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Centres (centre admins): the record here and the Keycloak group behind the centres claim. */
@Path("admin/centres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CentresResource {

  @Inject CentreAdministration administration;

  @GET
  public List<CentreView> centres() {
    return administration.centres();
  }

  @POST
  public Response open(NewCentre request) {
    return Response.status(Response.Status.CREATED).entity(administration.open(request)).build();
  }
}
