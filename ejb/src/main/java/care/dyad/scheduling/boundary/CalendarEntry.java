package care.dyad.scheduling.boundary;

import care.dyad.audit.control.AuditedRecord;
import care.dyad.scheduling.entity.TherapySession;
import care.dyad.shared.Codes;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** One booking in a day or week view, in the centre's local time. */
public record CalendarEntry(
    UUID sessionId,
    UUID episodeId,
    String centreId,
    String clinicianId,
    UUID roomId,
    boolean homeVisit,
    LocalDateTime localStartsAt,
    LocalDateTime localEndsAt,
    String status)
    implements AuditedRecord {

  static CalendarEntry of(TherapySession s, ZoneId zone) {
    return new CalendarEntry(
        s.id(),
        s.episodeId(),
        s.centreId(),
        s.clinicianId(),
        s.roomId(),
        s.homeVisit(),
        LocalDateTime.ofInstant(s.startsAt(), zone),
        LocalDateTime.ofInstant(s.endsAt(), zone),
        Codes.of(s.status()));
  }

  @Override
  public String auditType() {
    return "session";
  }

  @Override
  public UUID auditId() {
    return sessionId;
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
