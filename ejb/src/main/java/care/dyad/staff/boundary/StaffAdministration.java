package care.dyad.staff.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.boundary.AdminRequests.AccessChange;
import care.dyad.staff.boundary.AdminRequests.Enrolment;
import care.dyad.staff.boundary.AdminRequests.NewStaffMember;
import care.dyad.staff.boundary.AdminRequests.StaffView;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.control.StaffAccounts;
import care.dyad.staff.control.UndoUnlessCommitted;
import care.dyad.staff.entity.Centre;
import care.dyad.staff.entity.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Staff accounts, kept in step in Keycloak and here. Each change writes the staff record first
 * (flushed, so database conflicts surface before Keycloak is touched), then changes Keycloak; if
 * Keycloak fails the transaction rolls back, and if the commit fails after Keycloak changed, the
 * new account is removed again. Centre admins manage the staff of their own centres only.
 */
@Stateless
@RolesAllowed(Roles.CENTRE_ADMIN)
public class StaffAdministration {

  /** Roles an admin may hand out here; admins themselves are made in Keycloak. */
  private static final Set<String> ASSIGNABLE = Set.of(Roles.CLINICIAN, Roles.SCHEDULER);

  @Inject CurrentCaller caller;
  @Inject StaffAccounts accounts;
  @PersistenceContext EntityManager em;
  @Inject UndoUnlessCommitted undo;

  /** The staff of your centres. */
  public List<StaffView> staff() {
    return em.createQuery(
            "select distinct m from StaffMember m join m.centres c where c in :centres"
                + " order by m.username",
            StaffMember.class)
        .setParameter(
            "centres", caller.get().centres().isEmpty() ? Set.of("") : caller.get().centres())
        .getResultStream()
        .map(StaffAdministration::view)
        .toList();
  }

  @Audited(action = "staff.create", target = "staff")
  public Enrolment enrol(
      @NotNull(message = "a JSON request body is required") @Valid NewStaffMember request) {
    var username = request.username().toLowerCase(Locale.ROOT);
    var email = request.email().trim().toLowerCase(Locale.ROOT);
    var centres = checkedCentres(request.role(), request.centres());
    if (em.find(StaffMember.class, username) != null) {
      throw DomainException.conflict(
          "Staff member '" + username + "' already exists; nothing was changed.");
    }
    var sameEmail =
        em.createQuery("select m.username from StaffMember m where m.email = :email", String.class)
            .setParameter("email", email)
            .getResultList();
    if (!sameEmail.isEmpty()) {
      throw DomainException.conflict(
          "Email " + email + " is already used by staff member '" + sameEmail.get(0) + "'.");
    }
    var leftover = accounts.find(username).orElse(null);
    if (leftover != null && !accounts.isLeftoverOfInterruptedCreation(leftover, email)) {
      throw DomainException.conflict(
          "Keycloak already has an account '" + username + "' that this system did not create.");
    }
    if (accounts.emailTaken(email, username)) {
      throw DomainException.conflict("Keycloak already has an account with email " + email + ".");
    }
    var member =
        StaffMember.enrol(
            username,
            request.firstName().trim() + " " + request.lastName().trim(),
            email,
            request.role(),
            centres);
    em.persist(member);
    em.flush();
    var password =
        accounts.create(
            username,
            request.firstName().trim(),
            request.lastName().trim(),
            email,
            request.role(),
            centres,
            leftover);
    undo.register(() -> accounts.removeAfterFailedCommit(username));
    return new Enrolment(view(member), password);
  }

  @Audited(action = "staff.change-access", target = "staff")
  public StaffView changeAccess(
      String username,
      @NotNull(message = "a JSON request body is required") @Valid AccessChange request) {
    var member = managed(username);
    var centres = checkedCentres(request.role(), request.centres());
    member.changeAccess(request.role(), centres, Instant.now());
    em.flush();
    accounts.changeAccess(member.username(), request.role(), centres);
    return view(member);
  }

  @Audited(action = "staff.disable", target = "staff")
  public StaffView disable(String username) {
    var member = managed(username);
    if (member.username().equals(caller.get().username())) {
      throw DomainException.conflict("You cannot disable your own account.");
    }
    member.disable(Instant.now());
    em.flush();
    accounts.disable(member.username());
    return view(member);
  }

  /** A staff member of one of your centres; others are not found, as if they did not exist. */
  private StaffMember managed(String username) {
    var member = em.find(StaffMember.class, username.toLowerCase(Locale.ROOT));
    if (member == null || member.centres().stream().noneMatch(caller.get()::worksIn)) {
      throw DomainException.notFound("Staff member", username);
    }
    var elsewhere =
        new TreeSet<>(member.centres().stream().filter(c -> !caller.get().worksIn(c)).toList());
    if (!elsewhere.isEmpty()) {
      // A role and an account are one for all centres: only an admin of all of them may change it.
      throw new DomainException.Forbidden(
          "Staff member '"
              + username
              + "' also works in "
              + String.join(", ", elsewhere)
              + ", which you do not administer; ask an admin of all their centres.");
    }
    if (!ASSIGNABLE.contains(member.role())) {
      throw DomainException.conflict(
          "Staff member '" + username + "' is a " + member.role() + "; manage them in Keycloak.");
    }
    return member;
  }

  private Set<String> checkedCentres(String role, List<String> requested) {
    if (!ASSIGNABLE.contains(role)) {
      throw DomainException.invalid(
          "role", "role must be clinician or scheduler, not '" + role + "'.");
    }
    var centres = new TreeSet<>(requested);
    for (var centre : centres) {
      if (em.find(Centre.class, centre) == null) {
        throw DomainException.invalid("centres", "There is no centre '" + centre + "'.");
      }
      if (!caller.get().worksIn(centre)) {
        throw DomainException.invalid(
            "centres",
            "You administer "
                + String.join(", ", new TreeSet<>(caller.get().centres()))
                + ", not '"
                + centre
                + "'.");
      }
    }
    return centres;
  }

  static StaffView view(StaffMember member) {
    return new StaffView(
        member.username(),
        member.displayName(),
        member.email(),
        member.role(),
        new TreeSet<>(member.centres()).stream().toList(),
        member.active());
  }
}
