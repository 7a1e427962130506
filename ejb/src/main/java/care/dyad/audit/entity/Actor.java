package care.dyad.audit.entity;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who acted, as the trail keeps it: ids and roles, no display names.
 *
 * @param username the login name, for people reading the trail
 * @param subject the stable user id (token {@code sub})
 * @param roles the caller's realm roles among clinician, scheduler, payer, centre-admin
 * @param centres the centres the caller works in; empty for payers
 * @param payerId the payer organisation of a payer client, or null
 */
public record Actor(
    String username, String subject, Set<String> roles, Set<String> centres, String payerId) {

  public Actor {
    username = username == null || username.isBlank() ? "anonymous" : username;
    subject = subject == null || subject.isBlank() ? username : subject;
    // Sorted, so the stored lists read the same for the same caller.
    roles = roles == null ? Set.of() : new TreeSet<>(roles);
    centres = centres == null ? Set.of() : new TreeSet<>(centres);
  }
}
