package care.dyad.audit.boundary;

import care.dyad.audit.control.AuditLog;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Reading the trail: centre admins, for their own centres only. */
@Stateless
@RolesAllowed(Roles.CENTRE_ADMIN)
public class AuditQueries {

  @Inject CurrentCaller caller;
  @Inject AuditLog log;

  /**
   * The newest events matching the query, scoped in the query to the admin's centres: events about
   * their centres' records, and events about no known record by staff of their centres.
   */
  public List<AuditEventView> search(AuditQuery query) {
    var filter = (query == null ? AuditQuery.NEWEST : query).filter();
    return log.search(filter, caller.get().centres()).stream().map(AuditEventView::of).toList();
  }
}
