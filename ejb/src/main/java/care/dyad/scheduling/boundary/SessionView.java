package care.dyad.scheduling.boundary;

import care.dyad.audit.control.AuditedRecord;
import care.dyad.scheduling.entity.TherapySession;
import care.dyad.shared.Codes;
import java.time.Instant;
import java.util.UUID;

/** A booked session. */
public record SessionView(
    UUID id,
    UUID episodeId,
    String centreId,
    String clinicianId,
    Instant startsAt,
    Instant endsAt,
    String status,
    Boolean caregiverPresent,
    Boolean childPresent,
    Boolean videoUsed)
    implements AuditedRecord {

  static SessionView of(TherapySession s) {
    return new SessionView(
        s.id(),
        s.episodeId(),
        s.centreId(),
        s.clinicianId(),
        s.startsAt(),
        s.endsAt(),
        Codes.of(s.status()),
        s.caregiverPresent(),
        s.childPresent(),
        s.videoUsed());
  }

  @Override
  public String auditType() {
    return "session";
  }

  @Override
  public UUID auditId() {
    return id;
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
