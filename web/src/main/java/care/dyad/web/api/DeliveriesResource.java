package care.dyad.web.api;

import care.dyad.export.boundary.Deliveries;
import care.dyad.export.boundary.Deliveries.DeliveryView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** Deliveries pushed to payers from your centres (centre admins): status, failures, retry. */
@Path("admin/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {

  @Inject Deliveries deliveries;

  @GET
  public List<DeliveryView> list(
      @QueryParam("status") String status, @QueryParam("limit") String limit) {
    return deliveries.list(status, QueryValues.integer(limit, "limit", 100));
  }

  @POST
  @Path("{id}/retry")
  public DeliveryView retry(@PathParam("id") UUID id) {
    return deliveries.retry(id);
  }
}
