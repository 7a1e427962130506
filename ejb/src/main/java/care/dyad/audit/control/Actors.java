package care.dyad.audit.control;

import care.dyad.audit.entity.Actor;
import care.dyad.shared.Roles;
import care.dyad.staff.control.Caller;
import care.dyad.staff.control.CurrentCaller;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The caller as the audit records them. An EJB, not a CDI bean, because the caller's roles are
 * asked of the EJB container ({@code SessionContext.isCallerInRole}), the same authority that
 * enforces {@code @RolesAllowed}; the caller's identity propagates into this call unchanged. It
 * reads nothing but the caller's own identity, so anybody may call it.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.CLINICIAN, Roles.SCHEDULER, Roles.PAYER, Roles.CENTRE_ADMIN})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Actors {

  private static final List<String> ROLES =
      List.of(Roles.CLINICIAN, Roles.SCHEDULER, Roles.PAYER, Roles.CENTRE_ADMIN);

  @Resource SessionContext context;
  @Inject CurrentCaller caller;

  public Actor current() {
    var roles = ROLES.stream().filter(context::isCallerInRole).collect(Collectors.toSet());
    var who = caller.get();
    var principal = context.getCallerPrincipal();
    var name = principal == null ? null : principal.getName();
    if (Caller.NOBODY.equals(who)) {
      // The token's claims were not read (the request failed before the filter ran): the
      // container's principal still says who it was.
      return new Actor(name, name, roles, null, null);
    }
    var username = who.username() == null || who.username().isBlank() ? name : who.username();
    return new Actor(username, who.subject(), roles, who.centres(), who.payerId());
  }
}
