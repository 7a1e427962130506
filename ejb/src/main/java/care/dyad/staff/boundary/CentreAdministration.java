package care.dyad.staff.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.boundary.AdminRequests.CentreView;
import care.dyad.staff.boundary.AdminRequests.NewCentre;
import care.dyad.staff.control.CentreGroups;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.entity.Centre;
import care.dyad.staff.entity.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Centres, each with its Keycloak group; the admin who opens one administers it. */
@Stateless
@RolesAllowed(Roles.CENTRE_ADMIN)
public class CentreAdministration {

  @Inject CurrentCaller caller;
  @Inject CentreGroups groups;
  @PersistenceContext EntityManager em;

  public List<CentreView> centres() {
    return em.createQuery("select c from Centre c order by c.id", Centre.class)
        .getResultStream()
        .map(CentreAdministration::view)
        .toList();
  }

  /**
   * Opens a centre: the record here, the group in Keycloak (kept if it exists, so a retry is safe),
   * and the opening admin as its member. The admin's next token carries the new centre.
   */
  @Audited(action = "centre.create", target = "centre")
  public CentreView open(
      @NotNull(message = "a JSON request body is required") @Valid NewCentre request) {
    ZoneId zone;
    try {
      zone = ZoneId.of(request.timeZone().trim());
    } catch (DateTimeException e) {
      throw DomainException.invalid(
          "timeZone", "timeZone must be a region id such as Europe/London.");
    }
    if (em.find(Centre.class, request.id()) != null) {
      throw DomainException.conflict("Centre '" + request.id() + "' already exists.");
    }
    var centre = Centre.open(request.id(), request.name().trim(), zone);
    em.persist(centre);
    var admin = em.find(StaffMember.class, caller.get().username());
    if (admin != null) {
      admin.joinCentre(centre.id());
    }
    em.flush();
    groups.ensure(centre.id());
    groups.join(caller.get().username(), centre.id());
    return view(centre);
  }

  private static CentreView view(Centre centre) {
    return new CentreView(centre.id(), centre.name(), centre.timeZone().getId());
  }
}
