package care.dyad.web.api;

import care.dyad.staff.boundary.AdminRequests.AccessChange;
import care.dyad.staff.boundary.AdminRequests.NewStaffMember;
import care.dyad.staff.boundary.AdminRequests.StaffView;
import care.dyad.staff.boundary.StaffAdministration;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Staff accounts of your centres (centre admins): Keycloak user and staff record together. */
@Path("admin/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

  @Inject StaffAdministration administration;

  @GET
  public List<StaffView> staff() {
    return administration.staff();
  }

  @POST
  public Response enrol(NewStaffMember request, @Context UriInfo uri) {
    var enrolment = administration.enrol(request);
    return Response.created(uri.getAbsolutePathBuilder().path(enrolment.staff().username()).build())
        .entity(enrolment)
        .build();
  }

  @PUT
  @Path("{username}/access")
  public StaffView changeAccess(@PathParam("username") String username, AccessChange request) {
    return administration.changeAccess(username, request);
  }

  @POST
  @Path("{username}/disablement")
  public StaffView disable(@PathParam("username") String username) {
    return administration.disable(username);
  }
}
