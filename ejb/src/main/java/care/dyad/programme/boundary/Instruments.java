package care.dyad.programme.boundary;

import care.dyad.programme.control.InstrumentCatalogue;
import care.dyad.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The instrument catalogue: reference data, readable by staff. */
@Stateless
public class Instruments {

  @Inject InstrumentCatalogue catalogue;

  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER, Roles.CENTRE_ADMIN})
  public List<InstrumentView> catalogue() {
    return catalogue.all().stream().map(InstrumentView::of).toList();
  }
}
