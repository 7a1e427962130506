package care.dyad.web.api;

import care.dyad.assessment.boundary.AssessmentView;
import care.dyad.assessment.boundary.Assessments;
import care.dyad.assessment.boundary.NewAssessment;
import care.dyad.episode.boundary.Episodes;
import care.dyad.scheduling.boundary.NewSession;
import care.dyad.scheduling.boundary.SessionView;
import care.dyad.scheduling.boundary.Sessions;
import care.dyad.shared.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Episodes and what hangs off them: assessments (clinicians) and sessions. */
@Path("episodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EpisodesResource {

  @Inject Episodes episodes;
  @Inject Assessments assessments;
  @Inject Sessions sessions;
  @Context UriInfo uri;
  @Context SecurityContext security;

  /** Clinicians see the diagnosis; everyone else allowed gets the scheduling summary. */
  @GET
  @Path("{id}")
  public Object get(@PathParam("id") UUID id) {
    return security.isUserInRole(Roles.CLINICIAN)
        ? episodes.clinicalView(id)
        : episodes.summary(id);
  }

  @GET
  @Path("{id}/assessments")
  public List<AssessmentView> assessments(@PathParam("id") UUID id) {
    return assessments.ofEpisode(id);
  }

  @POST
  @Path("{id}/assessments")
  public Response recordAssessment(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON request body is required") @Valid NewAssessment request) {
    var created = assessments.record(id, request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}/sessions")
  public List<SessionView> sessions(@PathParam("id") UUID id) {
    return sessions.ofEpisode(id);
  }

  @POST
  @Path("{id}/sessions")
  public Response book(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON request body is required") @Valid NewSession request) {
    var created = sessions.book(id, request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
