package care.dyad.web.api;

import care.dyad.assessment.boundary.Amendment;
import care.dyad.assessment.boundary.AssessmentView;
import care.dyad.assessment.boundary.Assessments;
import care.dyad.assessment.boundary.NewAssessment;
import care.dyad.assessment.boundary.OutcomeView;
import care.dyad.episode.boundary.EpisodeHistory;
import care.dyad.episode.boundary.EpisodeRequests.DevelopmentalAssessmentRecord;
import care.dyad.episode.boundary.EpisodeRequests.DiagnosisChange;
import care.dyad.episode.boundary.EpisodeRequests.DoseExtensionRequest;
import care.dyad.episode.boundary.EpisodeRequests.ProgrammeAssignment;
import care.dyad.episode.boundary.EpisodeRequests.Transition;
import care.dyad.episode.boundary.EpisodeSummary;
import care.dyad.episode.boundary.EpisodeView;
import care.dyad.episode.boundary.Episodes;
import care.dyad.scheduling.boundary.AtRiskEpisode;
import care.dyad.scheduling.boundary.DoseTracking;
import care.dyad.scheduling.boundary.DoseView;
import care.dyad.scheduling.boundary.FreeSlot;
import care.dyad.scheduling.boundary.Schedules;
import care.dyad.scheduling.boundary.SchedulingRequests.NewSeries;
import care.dyad.scheduling.boundary.SchedulingRequests.NewSession;
import care.dyad.scheduling.boundary.SessionView;
import care.dyad.scheduling.boundary.Sessions;
import care.dyad.shared.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
  @Inject Schedules schedules;
  @Inject DoseTracking doses;
  @Context UriInfo uri;
  @Context SecurityContext security;

  /** Episodes of your centres; {@code ?status=in-treatment}, {@code ?dropout=true}. */
  @GET
  public List<EpisodeSummary> list(
      @QueryParam("status") String status, @QueryParam("dropout") String dropoutsOnly) {
    return episodes.list(status, QueryValues.bool(dropoutsOnly, "dropout"));
  }

  /** Episodes whose family is slipping away (missed sessions or a long gap), with the reason. */
  @GET
  @Path("at-risk")
  public List<AtRiskEpisode> atRisk() {
    return doses.atRisk();
  }

  /** Clinicians see the diagnosis; everyone else allowed gets the scheduling summary. */
  @GET
  @Path("{id}")
  public Object get(@PathParam("id") UUID id) {
    return security.isUserInRole(Roles.CLINICIAN)
        ? episodes.clinicalView(id)
        : episodes.summary(id);
  }

  @POST
  @Path("{id}/transitions")
  public EpisodeView transition(@PathParam("id") UUID id, Transition request) {
    return episodes.transition(id, request);
  }

  @POST
  @Path("{id}/diagnoses")
  public EpisodeView diagnose(@PathParam("id") UUID id, DiagnosisChange request) {
    return episodes.diagnose(id, request);
  }

  @POST
  @Path("{id}/developmental-assessments")
  public EpisodeView developmentalAssessment(
      @PathParam("id") UUID id, DevelopmentalAssessmentRecord request) {
    return episodes.recordDevelopmentalAssessment(id, request);
  }

  @PUT
  @Path("{id}/care-plan")
  public EpisodeView assignProgramme(@PathParam("id") UUID id, ProgrammeAssignment request) {
    return episodes.assignProgramme(id, request);
  }

  @POST
  @Path("{id}/dose-extensions")
  public EpisodeView extendDose(@PathParam("id") UUID id, DoseExtensionRequest request) {
    return episodes.extendDose(id, request);
  }

  @GET
  @Path("{id}/history")
  public EpisodeHistory history(@PathParam("id") UUID id) {
    return episodes.history(id);
  }

  @GET
  @Path("{id}/outcomes")
  public List<OutcomeView> outcomes(@PathParam("id") UUID id) {
    return assessments.outcomes(id);
  }

  @POST
  @Path("{id}/assessments/{assessmentId}/amendments")
  public AssessmentView amend(
      @PathParam("id") UUID id, @PathParam("assessmentId") UUID assessmentId, Amendment request) {
    return assessments.amend(id, assessmentId, request);
  }

  @GET
  @Path("{id}/assessments")
  public List<AssessmentView> assessments(@PathParam("id") UUID id) {
    return assessments.ofEpisode(id);
  }

  @POST
  @Path("{id}/assessments")
  public Response recordAssessment(@PathParam("id") UUID id, NewAssessment request) {
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
  public Response book(@PathParam("id") UUID id, NewSession request) {
    var created = sessions.book(id, request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  /** A whole programme at once, all or nothing; 409 lists every clashing date. */
  @POST
  @Path("{id}/sessions/series")
  public Response bookSeries(@PathParam("id") UUID id, NewSeries request) {
    var booked = sessions.bookSeries(id, request);
    return Response.status(Response.Status.CREATED).entity(booked).build();
  }

  /** The next free slots at the programme's cadence. */
  @GET
  @Path("{id}/free-slots")
  public List<FreeSlot> freeSlots(
      @PathParam("id") UUID id,
      @QueryParam("clinicianId") String clinicianId,
      @QueryParam("roomId") String roomId,
      @QueryParam("homeVisit") String homeVisit,
      @QueryParam("from") String from,
      @QueryParam("count") String count) {
    return schedules.freeSlots(
        id,
        clinicianId,
        QueryValues.uuid(roomId, "roomId"),
        QueryValues.bool(homeVisit, "homeVisit"),
        QueryValues.date(from, "from"),
        QueryValues.integer(count, "count", 5));
  }

  /** Planned, booked, delivered, remaining, projected end, at-risk and re-measurements. */
  @GET
  @Path("{id}/dose")
  public DoseView dose(@PathParam("id") UUID id) {
    return doses.dose(id);
  }
}
