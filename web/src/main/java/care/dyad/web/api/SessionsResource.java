package care.dyad.web.api;

import care.dyad.scheduling.boundary.SchedulingRequests.Cancellation;
import care.dyad.scheduling.boundary.SchedulingRequests.Reschedule;
import care.dyad.scheduling.boundary.SessionOutcome;
import care.dyad.scheduling.boundary.SessionView;
import care.dyad.scheduling.boundary.Sessions;
import jakarta.inject.Inject;
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

  /** Moves a booking; the original stays in the history as rescheduled. */
  @POST
  @Path("{id}/reschedule")
  public SessionView reschedule(@PathParam("id") UUID id, Reschedule request) {
    return sessions.reschedule(id, request);
  }

  @POST
  @Path("{id}/cancellation")
  public SessionView cancel(@PathParam("id") UUID id, Cancellation request) {
    return sessions.cancel(id, request);
  }

  @POST
  @Path("{id}/outcome")
  public SessionView recordOutcome(@PathParam("id") UUID id, SessionOutcome request) {
    return sessions.recordOutcome(id, request);
  }
}
