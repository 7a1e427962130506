package care.dyad.scheduling.boundary;

import care.dyad.audit.control.AuditedRecord;
import java.time.LocalDate;
import java.util.UUID;

/** A re-measurement past its due date (and grace) without a recorded assessment. */
public record LateRemeasurement(
    UUID episodeId, String centreId, String childName, String timePoint, LocalDate dueOn)
    implements AuditedRecord {

  @Override
  public String auditType() {
    return "episode";
  }

  @Override
  public UUID auditId() {
    return episodeId;
  }

  @Override
  public String auditCentreId() {
    return centreId;
  }

  @Override
  public UUID auditEpisodeId() {
    return episodeId;
  }
}
