package care.dyad.web.api;

import care.dyad.staff.boundary.AdminRequests.NewPayerPartner;
import care.dyad.staff.boundary.AdminRequests.PayerCredentials;
import care.dyad.staff.boundary.AdminRequests.PayerPartnerView;
import care.dyad.staff.boundary.PayerPartnerAdministration;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Payer partners and their Keycloak machine clients (centre admins). */
@Path("admin/payer-partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PayerPartnersResource {

  @Inject PayerPartnerAdministration administration;

  @GET
  public List<PayerPartnerView> partners() {
    return administration.partners();
  }

  /** Answers the client credentials; the secret is shown this once. */
  @POST
  public Response register(NewPayerPartner request) {
    return Response.status(Response.Status.CREATED)
        .entity(administration.register(request))
        .build();
  }

  /** A new secret, shown this once; the old one stops working. */
  @POST
  @Path("{id}/secret")
  public PayerCredentials rotateSecret(@PathParam("id") String id) {
    return administration.rotateSecret(id);
  }

  @POST
  @Path("{id}/deactivation")
  public PayerPartnerView deactivate(@PathParam("id") String id) {
    return administration.deactivate(id);
  }
}
