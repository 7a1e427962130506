package care.dyad.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.GroupRepresentation;

/**
 * The Keycloak group {@code /centres/<id>} of each centre. Its attribute {@code centre} is what the
 * token mapper puts into the {@code centres} claim of its members.
 */
@ApplicationScoped
public class CentreGroups {

  @Inject KeycloakAdmin keycloak;

  /** Creates the centre's group unless it is there already (a retry after a failed commit). */
  public void ensure(String centreId) {
    keycloak.call(
        realm -> {
          try {
            realm.getGroupByPath("/centres/" + centreId);
            return null;
          } catch (NotFoundException absent) {
            // created below
          }
          var parentId = realm.getGroupByPath("/centres").getId();
          var group = new GroupRepresentation();
          group.setName(centreId);
          group.setAttributes(Map.of("centre", List.of(centreId)));
          realm.groups().group(parentId).subGroup(group).close();
          return null;
        });
  }

  /** Puts an account into a centre's group, e.g. the admin who opened the centre. */
  public void join(String username, String centreId) {
    keycloak.call(
        realm -> {
          var user = StaffAccounts.userNamed(realm, username);
          if (user.isPresent()) {
            realm
                .users()
                .get(user.get().getId())
                .joinGroup(realm.getGroupByPath("/centres/" + centreId).getId());
          }
          return null;
        });
  }
}
