package care.dyad.web.api;

import care.dyad.programme.boundary.InstrumentView;
import care.dyad.programme.boundary.Instruments;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The instrument catalogue. */
@Path("instruments")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

  @Inject Instruments instruments;

  @GET
  public List<InstrumentView> catalogue() {
    return instruments.catalogue();
  }
}
