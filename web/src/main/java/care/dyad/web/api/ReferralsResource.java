package care.dyad.web.api;

import care.dyad.episode.boundary.Acceptance;
import care.dyad.episode.boundary.EpisodeView;
import care.dyad.episode.boundary.Episodes;
import care.dyad.referral.boundary.NewReferral;
import care.dyad.referral.boundary.ReferralView;
import care.dyad.referral.boundary.Referrals;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Referral intake and acceptance. */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralsResource {

  @Inject Referrals referrals;
  @Inject Episodes episodes;
  @Context UriInfo uri;

  @POST
  public Response register(
      @NotNull(message = "a JSON request body is required") @Valid NewReferral request) {
    ReferralView created = referrals.register(request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  public List<ReferralView> list() {
    return referrals.inMyCentres();
  }

  @GET
  @Path("{id}")
  public ReferralView get(@PathParam("id") UUID id) {
    return referrals.find(id);
  }

  /** Accepting a referral opens its episode; the answer points at the new episode. */
  @POST
  @Path("{id}/acceptance")
  public Response accept(@PathParam("id") UUID id, @Valid Acceptance acceptance) {
    EpisodeView episode = episodes.acceptReferral(id, acceptance);
    return Response.created(
            uri.getBaseUriBuilder().path("episodes").path(episode.id().toString()).build())
        .entity(episode)
        .build();
  }
}
