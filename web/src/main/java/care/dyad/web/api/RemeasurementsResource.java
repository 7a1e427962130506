package care.dyad.web.api;

import care.dyad.scheduling.boundary.DoseTracking;
import care.dyad.scheduling.boundary.LateRemeasurement;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Re-measurements the programmes call for that are late. */
@Path("remeasurements")
@Produces(MediaType.APPLICATION_JSON)
public class RemeasurementsResource {

  @Inject DoseTracking doses;

  @GET
  @Path("overdue")
  public List<LateRemeasurement> overdue() {
    return doses.overdue();
  }
}
