package care.dyad.audit.boundary;

import care.dyad.audit.control.AuditFilter;
import care.dyad.audit.entity.AuditOutcome;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * An audit search as asked over HTTP, every filter optional and still text. {@link AuditQueries}
 * reads it only after the role check, so a caller without the role gets 403 and no hint about their
 * filters.
 *
 * @param episodeId events about this episode or its records
 * @param dyadId events about this dyad or its records
 * @param actor events by this username
 * @param from events at or after this instant (ISO-8601, e.g. {@code 2026-11-01T00:00:00Z})
 * @param to events before this instant
 * @param outcome success, refused, not-found, invalid, conflict or error
 * @param limit at most this many events, newest first: 1 to 1000, 200 when left out
 */
public record AuditQuery(
    String episodeId,
    String dyadId,
    String actor,
    String from,
    String to,
    String outcome,
    String limit) {

  public static final AuditQuery NEWEST = new AuditQuery(null, null, null, null, null, null, null);

  /** The checked criteria; a value that does not parse is refused with the form that would. */
  public AuditFilter filter() {
    return new AuditFilter(
        uuid("episodeId", episodeId),
        uuid("dyadId", dyadId),
        actor,
        instant("from", from),
        instant("to", to),
        blank(outcome) ? null : Codes.parse(AuditOutcome.class, outcome, "outcome"),
        limit(limit));
  }

  private static UUID uuid(String field, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(
          field,
          field
              + " '"
              + value
              + "' is not an id; use the UUID of the record, e.g."
              + " 3f2504e0-4f89-41d3-9a0c-0305e82c3301.");
    }
  }

  private static Instant instant(String field, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          field,
          field
              + " '"
              + value
              + "' is not an instant; use ISO-8601 in UTC, e.g. 2026-11-01T00:00:00Z.");
    }
  }

  private static int limit(String value) {
    if (blank(value)) {
      return AuditFilter.DEFAULT_LIMIT;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      // Out of range on purpose: the filter answers with the range that works.
      return -1;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
