package care.dyad.episode.boundary;

import care.dyad.audit.control.AuditedRecord;
import java.util.UUID;

/** What both episode views share for the audit trail: they are about one episode and dyad. */
public interface EpisodeRecord extends AuditedRecord {

  UUID id();

  String centreId();

  UUID dyadId();

  @Override
  default String auditType() {
    return "episode";
  }

  @Override
  default UUID auditId() {
    return id();
  }

  @Override
  default String auditCentreId() {
    return centreId();
  }

  @Override
  default UUID auditEpisodeId() {
    return id();
  }

  @Override
  default UUID auditDyadId() {
    return dyadId();
  }
}
