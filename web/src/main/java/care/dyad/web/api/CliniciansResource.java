package care.dyad.web.api;

import care.dyad.scheduling.boundary.ResourceRequests.Block;
import care.dyad.scheduling.boundary.ResourceRequests.ClinicianView;
import care.dyad.scheduling.boundary.ResourceRequests.ExceptionView;
import care.dyad.scheduling.boundary.ResourceRequests.NewException;
import care.dyad.scheduling.boundary.ResourceRequests.WeeklyHours;
import care.dyad.scheduling.boundary.Rota;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The bookable clinicians, their weekly hours and their exceptions (leave, training). */
@Path("clinicians")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CliniciansResource {

  @Inject Rota rota;

  @GET
  public List<ClinicianView> clinicians() {
    return rota.clinicians();
  }

  @GET
  @Path("{username}/hours")
  public List<Block> hours(
      @PathParam("username") String username, @QueryParam("centreId") String centreId) {
    return rota.hours(username, centreId);
  }

  @PUT
  @Path("{username}/hours")
  public List<Block> setHours(@PathParam("username") String username, WeeklyHours request) {
    return rota.setHours(username, request);
  }

  @GET
  @Path("{username}/exceptions")
  public List<ExceptionView> exceptions(@PathParam("username") String username) {
    return rota.exceptions(username);
  }

  @POST
  @Path("{username}/exceptions")
  public Response addException(@PathParam("username") String username, NewException request) {
    return Response.status(Response.Status.CREATED)
        .entity(rota.addException(username, request))
        .build();
  }
}
