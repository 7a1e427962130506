package care.dyad.scheduling.boundary;

import care.dyad.audit.control.AuditedRecord;
import care.dyad.scheduling.entity.TherapySession;
import care.dyad.shared.Codes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A booked session: UTC instants plus the centre's local time, its number k of the dose N (for
 * bookings that count against the dose), and how it changed.
 */
public record SessionView(
    UUID id,
    UUID episodeId,
    String centreId,
    String clinicianId,
    UUID roomId,
    boolean homeVisit,
    Instant startsAt,
    Instant endsAt,
    String timeZone,
    LocalDateTime localStartsAt,
    LocalDateTime localEndsAt,
    Integer number,
    Integer of,
    String status,
    Boolean caregiverPresent,
    Boolean childPresent,
    Boolean videoUsed,
    String intervalOverrideReason,
    String changeReason,
    String changeNote,
    UUID replacesId)
    implements AuditedRecord {

  static SessionView of(TherapySession s, ZoneId zone, Integer number, Integer of) {
    return new SessionView(
        s.id(),
        s.episodeId(),
        s.centreId(),
        s.clinicianId(),
        s.roomId(),
        s.homeVisit(),
        s.startsAt(),
        s.endsAt(),
        zone.getId(),
        LocalDateTime.ofInstant(s.startsAt(), zone),
        LocalDateTime.ofInstant(s.endsAt(), zone),
        number,
        of,
        Codes.of(s.status()),
        s.caregiverPresent(),
        s.childPresent(),
        s.videoUsed(),
        s.intervalOverrideReason(),
        s.changeReason() == null ? null : Codes.of(s.changeReason()),
        s.changeNote(),
        s.replacesId());
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
