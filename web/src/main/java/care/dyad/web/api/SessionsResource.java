package care.dyad.web.api;

import care.dyad.scheduling.boundary.SessionOutcome;
import care.dyad.scheduling.boundary.SessionView;
import care.dyad.scheduling.boundary.Sessions;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Sessions by their own id: recording what happened. */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

  @Inject Sessions sessions;

  @POST
  @Path("{id}/outcome")
  public SessionView recordOutcome(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON request body is required") @Valid SessionOutcome request) {
    return sessions.recordOutcome(id, request);
  }
}
