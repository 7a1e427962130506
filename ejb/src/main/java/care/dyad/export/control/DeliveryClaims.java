package care.dyad.export.control;

import care.dyad.audit.control.AuditLog;
import care.dyad.audit.entity.Actor;
import care.dyad.audit.entity.AuditEvent;
import care.dyad.audit.entity.AuditOutcome;
import care.dyad.audit.entity.AuditTarget;
import care.dyad.export.entity.DeliveryStatus;
import care.dyad.export.entity.PayerDelivery;
import care.dyad.export.entity.PayerEndpoint;
import care.dyad.staff.entity.PayerPartner;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The courier's short transactions: claiming due deliveries (row locks, skipping rows another node
 * holds) and recording how each attempt went. The HTTP call itself runs outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryClaims {

  /** How long a claimed delivery stays with its courier; after that another may try again. */
  static final Duration LEASE = Duration.ofSeconds(30);

  @PersistenceContext EntityManager em;
  @Inject EpisodeExportQuery exports;
  @Inject AuditLog audit;
  @Inject Disclosures disclosures;

  /** One claimed delivery with where it goes. */
  public record Claimed(UUID id, String url, String authorization, String bundleJson) {}

  /**
   * Claims up to {@code limit} due deliveries. A delivery whose episode has lost the caregiver's
   * consent since it was queued is withheld instead, and the refusal is audited.
   */
  public List<Claimed> claimDue(int limit) {
    var now = Instant.now();
    var due =
        em.createQuery(
                "select d from PayerDelivery d where d.status = :pending"
                    + " and d.nextAttemptAt <= :now order by d.nextAttemptAt",
                PayerDelivery.class)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            // SKIP LOCKED: several nodes share the queue without waiting on each other.
            .setHint("jakarta.persistence.lock.timeout", -2)
            .setMaxResults(limit)
            .getResultList();
    var claimed = new ArrayList<Claimed>();
    for (var delivery : due) {
      var endpoint = em.find(PayerEndpoint.class, delivery.payerId());
      if (endpoint == null) {
        delivery.attemptFailed(null, "The payer has no endpoint registered any more.", now);
        continue;
      }
      var partner = em.find(PayerPartner.class, delivery.payerId());
      if (partner == null || !partner.active()) {
        delivery.withheld(now, "The payer partner was deactivated after this was queued.");
        audit.append(withheldEvent(delivery, now));
        continue;
      }
      if (exports.forPayer(delivery.episodeId(), delivery.payerId()).isEmpty()) {
        delivery.withheld(now, "Consent to share outcomes was withdrawn after this was queued.");
        audit.append(withheldEvent(delivery, now));
        continue;
      }
      delivery.claim(now, LEASE);
      claimed.add(
          new Claimed(
              delivery.id(),
              endpoint.url(),
              endpoint.authorizationHeader(),
              delivery.bundleJson()));
    }
    return claimed;
  }

  private static AuditEvent withheldEvent(PayerDelivery delivery, Instant now) {
    return AuditEvent.record(
        new Actor("system", "system", Set.of(), Set.of(delivery.centreId()), delivery.payerId()),
        "export.delivery-withheld",
        new AuditTarget(
            "episode", delivery.episodeId(), delivery.episodeId(), null, delivery.centreId()),
        AuditOutcome.REFUSED,
        null,
        now);
  }

  /** Records an attempt's result; {@code error} in our words, never the payer server's body. */
  public void record(UUID deliveryId, Integer httpStatus, String error) {
    var delivery = em.find(PayerDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
    if (delivery == null || delivery.status() != DeliveryStatus.PENDING) {
      return;
    }
    if (error == null && httpStatus != null && httpStatus / 100 == 2) {
      delivery.delivered(httpStatus, Instant.now());
      disclosures.recordDelivered(delivery.payerId(), delivery.episodeId(), delivery.centreId());
    } else {
      delivery.attemptFailed(
          httpStatus, error == null ? "HTTP " + httpStatus : error, Instant.now());
    }
  }
}
