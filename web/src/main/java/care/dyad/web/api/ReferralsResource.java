package care.dyad.web.api;

import care.dyad.episode.boundary.Acceptance;
import care.dyad.episode.boundary.EpisodeView;
import care.dyad.episode.boundary.Episodes;
import care.dyad.referral.boundary.ConsentWithdrawal;
import care.dyad.referral.boundary.Decision;
import care.dyad.referral.boundary.NewReferral;
import care.dyad.referral.boundary.ReferralView;
import care.dyad.referral.boundary.Referrals;
import care.dyad.referral.boundary.WaitingListEntry;
import jakarta.inject.Inject;
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
  public Response register(NewReferral request) {
    ReferralView created = referrals.register(request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  public List<ReferralView> list() {
    return referrals.inMyCentres();
  }

  /** Open referrals with days waiting, most urgent and then oldest first. */
  @GET
  @Path("waiting-list")
  public List<WaitingListEntry> waitingList() {
    return referrals.waitingList();
  }

  @GET
  @Path("{id}")
  public ReferralView get(@PathParam("id") UUID id) {
    return referrals.find(id);
  }

  @POST
  @Path("{id}/decline")
  public ReferralView decline(@PathParam("id") UUID id, Decision decision) {
    return referrals.decline(id, decision);
  }

  /** Redirecting, e.g. to a developmental assessment, with the destination and a reason. */
  @POST
  @Path("{id}/redirection")
  public ReferralView redirect(@PathParam("id") UUID id, Decision decision) {
    return referrals.redirect(id, decision);
  }

  /** Withdrawing the caregiver's consent to treatment or to outcome sharing. */
  @POST
  @Path("{id}/consents/{kind}/withdrawal")
  public ReferralView withdrawConsent(
      @PathParam("id") UUID id, @PathParam("kind") String kind, ConsentWithdrawal withdrawal) {
    return referrals.withdrawConsent(id, kind, withdrawal);
  }

  /** Accepting a referral opens its episode; the answer points at the new episode. */
  @POST
  @Path("{id}/acceptance")
  public Response accept(@PathParam("id") UUID id, Acceptance acceptance) {
    EpisodeView episode = episodes.acceptReferral(id, acceptance);
    return Response.created(
            uri.getBaseUriBuilder().path("episodes").path(episode.id().toString()).build())
        .entity(episode)
        .build();
  }
}
