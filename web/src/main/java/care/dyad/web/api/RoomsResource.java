package care.dyad.web.api;

import care.dyad.scheduling.boundary.ResourceRequests.NewRoom;
import care.dyad.scheduling.boundary.ResourceRequests.RoomView;
import care.dyad.scheduling.boundary.Rota;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The rooms of your centres. */
@Path("rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomsResource {

  @Inject Rota rota;

  @GET
  public List<RoomView> rooms() {
    return rota.rooms();
  }

  @POST
  public Response addRoom(NewRoom request) {
    return Response.status(Response.Status.CREATED).entity(rota.addRoom(request)).build();
  }
}
