package care.dyad.staff.control;

import java.util.Set;

/**
 * The authenticated caller as the domain needs it: the claims of a validated Keycloak token.
 *
 * @param subject stable user id (token {@code sub}), used in records instead of names
 * @param username for people reading audit trails
 * @param centres the centres a staff member works in (token claim {@code centres}); empty for
 *     payers
 * @param payerId the payer organisation of a payer client (token claim {@code payer_id}), or null
 */
public record Caller(String subject, String username, Set<String> centres, String payerId) {

  public static final Caller NOBODY = new Caller("anonymous", "anonymous", Set.of(), null);

  public Caller {
    centres = Set.copyOf(centres);
  }

  /** The same caller, limited to the centres the staff record also names. */
  public Caller within(Set<String> recordedCentres) {
    var both = new java.util.HashSet<>(centres);
    both.retainAll(recordedCentres);
    return new Caller(subject, username, both, payerId);
  }

  /** The same caller without a payer id: for anyone who is not a payer client. */
  public Caller withoutPayer() {
    return payerId == null ? this : new Caller(subject, username, centres, null);
  }

  public boolean worksIn(String centreId) {
    return centres.contains(centreId);
  }
}
