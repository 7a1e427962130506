package care.dyad.staff.control;

import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Staff accounts in Keycloak: a user with one staff realm role, and membership of the groups {@code
 * /centres/<id>} that put the {@code centres} claim into tokens.
 *
 * <p>An account is created disabled and enabled only once it is complete, so an interrupted
 * creation leaves at most a disabled user that cannot sign in, which the next identical request
 * adopts.
 */
@ApplicationScoped
public class StaffAccounts {

  /** The realm roles this system hands out to staff; an account holds exactly one of them. */
  public static final Set<String> STAFF_ROLES =
      Set.of(Roles.CLINICIAN, Roles.SCHEDULER, Roles.CENTRE_ADMIN);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject KeycloakAdmin keycloak;
  @Inject KeycloakSettings settings;

  /** What Keycloak holds for a username, if anything. */
  public Optional<UserRepresentation> find(String username) {
    return keycloak.call(realm -> userNamed(realm, username));
  }

  /** Keycloak's exact-username search still matches case-insensitively; this is the one user. */
  static Optional<UserRepresentation> userNamed(RealmResource realm, String username) {
    return realm.users().search(username, true).stream()
        .filter(u -> username.equalsIgnoreCase(u.getUsername()))
        .findFirst();
  }

  /**
   * Whether an account is what an interrupted creation of this very request left behind: disabled,
   * the same email, created within the last day, and holding no roles beyond the defaults and the
   * staff roles this system hands out. Anything else with the username is someone else's account
   * and is never taken over.
   */
  public boolean isLeftoverOfInterruptedCreation(UserRepresentation user, String email) {
    if (Boolean.TRUE.equals(user.isEnabled())
        || !email.equalsIgnoreCase(String.valueOf(user.getEmail()))
        || user.getCreatedTimestamp() == null
        || user.getCreatedTimestamp() < System.currentTimeMillis() - 24L * 3600 * 1000) {
      return false;
    }
    return keycloak.call(
        realm -> {
          var mappings = realm.users().get(user.getId()).roles().getAll();
          var clientRoles = mappings.getClientMappings();
          var realmRoles =
              mappings.getRealmMappings() == null
                  ? List.<String>of()
                  : mappings.getRealmMappings().stream().map(r -> r.getName()).toList();
          return (clientRoles == null || clientRoles.isEmpty())
              && realmRoles.stream()
                  .allMatch(
                      r ->
                          r.equals("default-roles-" + settings.realm())
                              || r.equals(Roles.CLINICIAN)
                              || r.equals(Roles.SCHEDULER));
        });
  }

  /** Whether another Keycloak account already uses this email. */
  public boolean emailTaken(String email, String exceptUsername) {
    return keycloak.call(
        realm ->
            realm.users().searchByEmail(email, true).stream()
                .anyMatch(u -> !u.getUsername().equalsIgnoreCase(exceptUsername)));
  }

  /**
   * Creates (or completes a leftover of) an account and returns its initial password.
   *
   * @param leftover a disabled account with this username from an interrupted earlier attempt
   */
  public String create(
      String username,
      String firstName,
      String lastName,
      String email,
      String role,
      Collection<String> centres,
      UserRepresentation leftover) {
    var password = newPassword();
    var userId =
        leftover != null ? leftover.getId() : createDisabled(username, firstName, lastName, email);
    try {
      keycloak.call(
          realm -> {
            var user = realm.users().get(userId);
            var rep = user.toRepresentation();
            rep.setFirstName(firstName);
            rep.setLastName(lastName);
            rep.setEmail(email);
            rep.setEmailVerified(true);
            user.update(rep);
            user.resetPassword(password(password));
            return null;
          });
      grant(userId, role, centres);
      setEnabled(userId, true);
      return password;
    } catch (RuntimeException e) {
      keycloak.tryCall(realm -> realm.users().delete(userId).close());
      throw e;
    }
  }

  /** Sets the account's one staff role and its centres, then ends its sessions. */
  public void changeAccess(String username, String role, Collection<String> centres) {
    var userId = idOf(username);
    grant(userId, role, centres);
    keycloak.call(
        realm -> {
          realm.users().get(userId).logout();
          return null;
        });
  }

  /** Disables the account and ends all its sessions. */
  public void disable(String username) {
    var userId = idOf(username);
    setEnabled(userId, false);
    keycloak.call(
        realm -> {
          realm.users().get(userId).logout();
          return null;
        });
  }

  /** Undoes a creation whose database transaction did not commit. */
  public void removeAfterFailedCommit(String username) {
    keycloak.tryCall(
        realm ->
            userNamed(realm, username).ifPresent(u -> realm.users().delete(u.getId()).close()));
  }

  private String createDisabled(String username, String firstName, String lastName, String email) {
    var rep = new UserRepresentation();
    rep.setUsername(username);
    rep.setFirstName(firstName);
    rep.setLastName(lastName);
    rep.setEmail(email);
    rep.setEmailVerified(true);
    rep.setEnabled(false);
    return keycloak.call(
        realm -> {
          try (var response = realm.users().create(rep)) {
            if (response.getStatus() == 409) {
              throw DomainException.conflict(
                  "Keycloak already has an account with username '"
                      + username
                      + "' or email '"
                      + email
                      + "'.");
            }
            if (response.getStatus() == 400) {
              throw KeycloakAdmin.refusal(response);
            }
            return CreatedResponseUtil.getCreatedId(response);
          }
        });
  }

  private void grant(String userId, String role, Collection<String> centres) {
    keycloak.call(
        realm -> {
          var roles = realm.users().get(userId).roles().realmLevel();
          var stale =
              roles.listAll().stream()
                  .filter(r -> STAFF_ROLES.contains(r.getName()) && !r.getName().equals(role))
                  .toList();
          if (!stale.isEmpty()) {
            roles.remove(stale);
          }
          roles.add(List.of(realm.roles().get(role).toRepresentation()));
          syncCentres(realm, userId, centres);
          return null;
        });
  }

  private static void syncCentres(RealmResource realm, String userId, Collection<String> centres) {
    var user = realm.users().get(userId);
    var current = user.groups();
    for (GroupRepresentation group : current) {
      if (group.getPath().startsWith("/centres/")
          && !centres.contains(group.getPath().substring("/centres/".length()))) {
        user.leaveGroup(group.getId());
      }
    }
    for (String centre : centres) {
      var path = "/centres/" + centre;
      if (current.stream().noneMatch(g -> path.equals(g.getPath()))) {
        user.joinGroup(realm.getGroupByPath(path).getId());
      }
    }
  }

  private void setEnabled(String userId, boolean enabled) {
    keycloak.call(
        realm -> {
          var user = realm.users().get(userId);
          var rep = user.toRepresentation();
          rep.setEnabled(enabled);
          user.update(rep);
          return null;
        });
  }

  private String idOf(String username) {
    return find(username)
        .map(UserRepresentation::getId)
        .orElseThrow(
            () ->
                DomainException.conflict(
                    "Keycloak has no account '"
                        + username
                        + "'; it was removed there. Create the account again."));
  }

  private static CredentialRepresentation password(String value) {
    var credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(value);
    // The admin who reads it out does not learn the password the account ends up with: Keycloak
    // asks for a new one at the first sign-in, so an admin who used it first would leave the
    // person it was meant for with a password that no longer works, and be found out.
    credential.setTemporary(true);
    return credential;
  }

  private static String newPassword() {
    var bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
