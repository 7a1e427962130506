package care.dyad.audit.entity;

/** How an audited request ended. Travels as {@code success}, {@code not-found}, … */
public enum AuditOutcome {
  SUCCESS,
  REFUSED,
  NOT_FOUND,
  INVALID,
  CONFLICT,
  ERROR;

  /**
   * The outcome an HTTP answer stands for. Client mistakes other than the named ones (405, 406,
   * 415, 422, …) count as invalid: the request could not be processed as sent.
   */
  public static AuditOutcome ofStatus(int status) {
    if (status >= 500) {
      return ERROR;
    }
    return switch (status) {
      case 401, 403 -> REFUSED;
      case 404, 410 -> NOT_FOUND;
      case 409, 412 -> CONFLICT;
      default -> status >= 400 ? INVALID : SUCCESS;
    };
  }
}
