package care.dyad.scheduling.boundary;

import care.dyad.audit.control.AuditedRecord;
import java.util.UUID;

/** A scheduling view about one episode, for the audit trail. */
public interface EpisodeScoped extends AuditedRecord {

  UUID episodeId();

  String centreId();

  @Override
  default String auditType() {
    return "episode";
  }

  @Override
  default UUID auditId() {
    return episodeId();
  }

  @Override
  default String auditCentreId() {
    return centreId();
  }

  @Override
  default UUID auditEpisodeId() {
    return episodeId();
  }
}
