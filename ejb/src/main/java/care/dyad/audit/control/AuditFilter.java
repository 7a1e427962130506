package care.dyad.audit.control;

import care.dyad.audit.entity.AuditOutcome;
import care.dyad.shared.DomainException;
import java.time.Instant;
import java.util.UUID;

/**
 * What to look for in the trail; every criterion but the limit may be null. {@code from} is
 * inclusive, {@code to} exclusive.
 */
public record AuditFilter(
    UUID episodeId,
    UUID dyadId,
    String actor,
    Instant from,
    Instant to,
    AuditOutcome outcome,
    int limit) {

  public static final int DEFAULT_LIMIT = 200;
  public static final int MAX_LIMIT = 1000;
  static final int MAX_ACTOR_LENGTH = 100;

  public static final AuditFilter NEWEST =
      new AuditFilter(null, null, null, null, null, null, DEFAULT_LIMIT);

  public AuditFilter {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw DomainException.invalid(
          "limit",
          "limit must be a whole number from 1 to "
              + MAX_LIMIT
              + "; leave it out for the newest "
              + DEFAULT_LIMIT
              + " events.");
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw DomainException.invalid(
          "to", "to (" + to + ") must be later than from (" + from + ").");
    }
    actor = actor == null || actor.isBlank() ? null : actor.trim();
    if (actor != null && actor.length() > MAX_ACTOR_LENGTH) {
      throw DomainException.invalid(
          "actor",
          "actor is a username of at most " + MAX_ACTOR_LENGTH + " characters, e.g. clara.");
    }
  }
}
