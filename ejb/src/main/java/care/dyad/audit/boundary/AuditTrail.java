package care.dyad.audit.boundary;

import care.dyad.audit.control.Actors;
import care.dyad.audit.control.AuditLog;
import care.dyad.audit.entity.AuditEvent;
import care.dyad.audit.entity.AuditOutcome;
import care.dyad.audit.entity.AuditTarget;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/** Recording what the business transaction cannot record itself: attempts that were refused. */
@Stateless
public class AuditTrail {

  @Inject Actors actors;
  @Inject AuditLog log;

  /**
   * Records a refused or failed request. It gets a transaction of its own because the attempt's
   * transaction rolled back, or never started. Any authenticated caller may be refused, so anyone
   * may be recorded; the caller is taken from the container, not from the arguments.
   *
   * @param action the request as a template, e.g. {@code GET /api/episodes/{id}} (see {@link
   *     RefusedRequest})
   * @param httpStatus the answer's status; it decides the outcome (403 refused, 404 not-found, …)
   * @param targetId the id the request named, or null
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRefusal(String action, int httpStatus, UUID targetId) {
    var target = AuditTarget.of(RefusedRequest.targetTypeOf(action), targetId);
    log.append(
        AuditEvent.record(
            actors.current(),
            action,
            target,
            AuditOutcome.ofStatus(httpStatus),
            httpStatus,
            Instant.now()));
  }
}
