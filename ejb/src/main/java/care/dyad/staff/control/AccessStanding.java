package care.dyad.staff.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Whether a validated token still speaks for its holder. Keycloak signs tokens for minutes; this
 * system's staff and payer records decide, on every request, whether the account is still active,
 * still has the token's role, and was not changed after the token was issued. So disabling,
 * demoting or rotating a secret ends access at once, on every node.
 */
@ApplicationScoped
public class AccessStanding {

  // Plain JDBC on the pooled datasource: this runs on every request, outside any transaction,
  // where a JPA query would open and close a persistence context each time.
  private static final String STAFF =
      "select m.role, m.active, m.access_changed_at, c.centre_id from staff_member m"
          + " left join staff_centre c on c.username = m.username where m.username = ?";
  private static final String PAYER =
      "select p.active, p.access_changed_at from payer_partner p where p.id = ?";

  @Resource(lookup = "java:jboss/datasources/DyadCareDS")
  DataSource dataSource;

  /** What a staff token may still do: the record's role and centres, or a reason it may not. */
  public record StaffStanding(String role, Set<String> centres, String refusal) {}

  /**
   * @param tokenRoles the staff roles the token carries
   * @param issuedAt the token's {@code iat}
   */
  public StaffStanding ofStaff(String username, Set<String> tokenRoles, Instant issuedAt) {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(STAFF)) {
      statement.setString(1, username);
      try (var rows = statement.executeQuery()) {
        if (!rows.next()) {
          return refused(
              "There is no staff record for account '" + username + "'; ask a centre admin.");
        }
        var role = rows.getString(1);
        if (!rows.getBoolean(2)) {
          return refused("This account has been disabled.");
        }
        if (issuedBeforeChange(issuedAt, rows.getObject(3, LocalDateTime.class))) {
          return refused("Your access was changed after this token was issued; sign in again.");
        }
        if (!tokenRoles.equals(Set.of(role))) {
          return refused("Your token's role does not match your staff record; sign in again.");
        }
        var centres = new HashSet<String>();
        do {
          if (rows.getString(4) != null) {
            centres.add(rows.getString(4));
          }
        } while (rows.next());
        return new StaffStanding(role, centres, null);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the staff record", e);
    }
  }

  /** Why a payer token is no longer good, or null when it is. */
  public String payerRefusal(String payerId, Instant issuedAt) {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(PAYER)) {
      statement.setString(1, payerId);
      try (var rows = statement.executeQuery()) {
        if (!rows.next() || !rows.getBoolean(1)) {
          return "Payer partner '" + payerId + "' is not active.";
        }
        if (issuedBeforeChange(issuedAt, rows.getObject(2, LocalDateTime.class))) {
          return "The client secret was rotated after this token was issued; get a new token.";
        }
        return null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the payer partner", e);
    }
  }

  private static StaffStanding refused(String reason) {
    return new StaffStanding(null, Set.of(), reason);
  }

  /**
   * A token's {@code iat} has whole seconds, so a token issued in the same second as the change is
   * refused too: safe, and a client that fetches a new token a second later gets through. Times are
   * stored as UTC wall-clock time ({@code hibernate.jdbc.time_zone=UTC}).
   */
  private static boolean issuedBeforeChange(Instant issuedAt, LocalDateTime changedAt) {
    return changedAt != null
        && !issuedAt.isAfter(changedAt.toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
  }
}
