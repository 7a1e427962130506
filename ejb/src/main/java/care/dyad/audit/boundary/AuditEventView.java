package care.dyad.audit.boundary;

import care.dyad.audit.entity.AuditEvent;
import care.dyad.shared.Codes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An audit event as centre admins read it: ids, roles, actions and outcomes, nothing clinical. */
public record AuditEventView(
    UUID id,
    Instant occurredAt,
    String actor,
    String actorSubject,
    List<String> actorRoles,
    List<String> actorCentres,
    String payerId,
    String action,
    String targetType,
    UUID targetId,
    UUID episodeId,
    UUID dyadId,
    String centreId,
    String outcome,
    Integer httpStatus) {

  static AuditEventView of(AuditEvent e) {
    return new AuditEventView(
        e.id(),
        e.occurredAt(),
        e.actor(),
        e.actorSubject(),
        e.actorRoles(),
        e.actorCentres(),
        e.payerId(),
        e.action(),
        e.targetType(),
        e.targetId(),
        e.episodeId(),
        e.dyadId(),
        e.centreId(),
        Codes.of(e.outcome()),
        e.httpStatus());
  }
}
