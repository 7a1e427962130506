package care.dyad.audit.control;

import java.util.UUID;

/**
 * A view that can say which record it shows, so an {@link Audited} boundary method can log it. The
 * methods are not bean getters, so JSON-B does not add them to the view's JSON.
 */
public interface AuditedRecord {

  /** The kind of record: referral, episode, dyad, assessment, session, … */
  String auditType();

  UUID auditId();

  /** The centre the record belongs to; centre admins see the events of their centres. */
  String auditCentreId();

  /** The episode the record belongs to, or null; an episode view may leave it to its own id. */
  default UUID auditEpisodeId() {
    return null;
  }

  /** The dyad the record is about, or null. */
  default UUID auditDyadId() {
    return null;
  }
}
