package care.dyad.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the caller can act on. Rolls the transaction back, so a refused request leaves nothing
 * half-written; the web layer maps each kind to its HTTP status.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

  /** What went wrong, in HTTP terms the web layer understands without knowing the domain. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    CONFLICT,
    FORBIDDEN,
    /** The token is no longer good enough (account changed or disabled since it was issued). */
    UNAUTHENTICATED,
    /** A service this system depends on (Keycloak) did not answer; nothing was changed. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final String field;
  private final transient Object details;

  protected DomainException(Kind kind, String field, String message) {
    this(kind, field, message, null);
  }

  private DomainException(Kind kind, String field, String message, Object details) {
    super(message, null, false, false);
    this.kind = kind;
    this.field = field;
    this.details = details;
  }

  public static DomainException invalid(String field, String message) {
    return new DomainException(Kind.INVALID, field, message);
  }

  public static DomainException notFound(String what, Object id) {
    return new DomainException(Kind.NOT_FOUND, null, what + " " + id + " was not found.");
  }

  public static DomainException conflict(String message) {
    return new DomainException(Kind.CONFLICT, null, message);
  }

  /** A conflict with structured details for the client, e.g. every clashing date of a series. */
  public static DomainException conflict(String message, Object details) {
    return new DomainException(Kind.CONFLICT, null, message, details);
  }

  /** Refused for who the caller is, not for what they sent (403). */
  public static final class Forbidden extends DomainException {
    public Forbidden(String message) {
      super(Kind.FORBIDDEN, null, message);
    }
  }

  public static DomainException unauthenticated(String message) {
    return new DomainException(Kind.UNAUTHENTICATED, null, message);
  }

  public static DomainException unavailable(String message) {
    return new DomainException(Kind.UNAVAILABLE, null, message);
  }

  /** Structured details to show with the refusal (records, serialised as JSON), or null. */
  public Object details() {
    return details;
  }

  public Kind kind() {
    return kind;
  }

  /** The request field at fault, or null when the refusal is about the request as a whole. */
  public String field() {
    return field;
  }
}
