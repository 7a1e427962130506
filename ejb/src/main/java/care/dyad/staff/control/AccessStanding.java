package care.dyad.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a validated token still speaks for its holder. Keycloak signs tokens for minutes; this
 * system's staff and payer records decide, on every request, whether the account is still active,
 * still has the token's role, and was not changed after the token was issued. So disabling,
 * demoting or rotating a secret ends access at once, on every node.
 */
@ApplicationScoped
public class AccessStanding {

  @PersistenceContext EntityManager em;

  /** What a staff token may still do: the record's role and centres, or a reason it may not. */
  public record StaffStanding(String role, Set<String> centres, String refusal) {}

  /**
   * @param tokenRoles the staff roles the token carries
   * @param issuedAt the token's {@code iat}
   */
  public StaffStanding ofStaff(String username, Set<String> tokenRoles, Instant issuedAt) {
    List<Object[]> rows =
        em.createQuery(
                "select m.role, m.active, m.accessChangedAt, c from StaffMember m"
                    + " left join m.centres c where m.username = :username",
                Object[].class)
            .setParameter("username", username)
            .getResultList();
    if (rows.isEmpty()) {
      return refused(
          "There is no staff record for account '" + username + "'; ask a centre admin.");
    }
    var first = rows.get(0);
    var role = (String) first[0];
    if (!Boolean.TRUE.equals(first[1])) {
      return refused("This account has been disabled.");
    }
    if (issuedBeforeChange(issuedAt, first[2])) {
      return refused("Your access was changed after this token was issued; sign in again.");
    }
    if (!tokenRoles.equals(Set.of(role))) {
      return refused("Your token's role does not match your staff record; sign in again.");
    }
    var centres = new HashSet<String>();
    for (var row : rows) {
      if (row[3] != null) {
        centres.add((String) row[3]);
      }
    }
    return new StaffStanding(role, centres, null);
  }

  /** Why a payer token is no longer good, or null when it is. */
  public String payerRefusal(String payerId, Instant issuedAt) {
    List<Object[]> rows =
        em.createQuery(
                "select p.active, p.accessChangedAt from PayerPartner p where p.id = :id",
                Object[].class)
            .setParameter("id", payerId)
            .getResultList();
    if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[0])) {
      return "Payer partner '" + payerId + "' is not active.";
    }
    if (issuedBeforeChange(issuedAt, rows.get(0)[1])) {
      return "The client secret was rotated after this token was issued; get a new token.";
    }
    return null;
  }

  private static StaffStanding refused(String reason) {
    return new StaffStanding(null, Set.of(), reason);
  }

  /**
   * A token's {@code iat} has whole seconds, so a token issued in the same second as the change is
   * refused too: safe, and a client that fetches a new token a second later gets through.
   */
  private static boolean issuedBeforeChange(Instant issuedAt, Object changedAt) {
    return changedAt instanceof Instant changed
        && !issuedAt.isAfter(changed.truncatedTo(ChronoUnit.SECONDS));
  }
}
