package care.dyad.export.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.export.entity.DeliveryStatus;
import care.dyad.export.entity.PayerDelivery;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.entity.PayerPartner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What centre admins see of pushed deliveries to payers: status, attempts, failures, retry. */
@Stateless
@RolesAllowed(Roles.CENTRE_ADMIN)
public class Deliveries {

  @Inject CurrentCaller caller;
  @PersistenceContext EntityManager em;

  /** A delivery as admins see it: no clinical content, only where it stands. */
  public record DeliveryView(
      UUID id,
      String payerId,
      UUID episodeId,
      String centreId,
      String event,
      String status,
      int attempts,
      Integer lastHttpStatus,
      String lastError,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant deliveredAt) {

    static DeliveryView of(PayerDelivery d) {
      return new DeliveryView(
          d.id(),
          d.payerId(),
          d.episodeId(),
          d.centreId(),
          d.event(),
          Codes.of(d.status()),
          d.attempts(),
          d.lastHttpStatus(),
          d.lastError(),
          d.createdAt(),
          d.status() == DeliveryStatus.PENDING ? d.nextAttemptAt() : null,
          d.deliveredAt());
    }
  }

  /** The latest deliveries of your centres, newest first, optionally of one status. */
  public List<DeliveryView> list(String status, int limit) {
    if (limit < 1 || limit > 500) {
      throw DomainException.invalid("limit", "limit must be between 1 and 500.");
    }
    var wanted =
        status == null || status.isBlank()
            ? null
            : Codes.parse(DeliveryStatus.class, status, "status");
    return em.createQuery(
            "select d from PayerDelivery d where d.centreId in :centres"
                + " and (:status is null or d.status = :status) order by d.createdAt desc",
            PayerDelivery.class)
        .setParameter("centres", centres())
        .setParameter("status", wanted)
        .setMaxResults(limit)
        .getResultStream()
        .map(DeliveryView::of)
        .toList();
  }

  /** Sends a failed delivery again, from a fresh count of attempts. */
  @Audited(action = "export.delivery-retry", target = "delivery")
  public DeliveryView retry(UUID id) {
    var delivery = em.find(PayerDelivery.class, id);
    if (delivery == null || !centres().contains(delivery.centreId())) {
      throw DomainException.notFound("Delivery", id);
    }
    if (delivery.status() != DeliveryStatus.FAILED) {
      throw DomainException.conflict(
          "Delivery "
              + id
              + " is "
              + Codes.of(delivery.status())
              + "; only failed ones are retried.");
    }
    var partner = em.find(PayerPartner.class, delivery.payerId());
    if (partner == null || !partner.active()) {
      throw DomainException.conflict(
          "Payer partner '" + delivery.payerId() + "' is deactivated; nothing is sent to it.");
    }
    delivery.retry(Instant.now());
    return DeliveryView.of(delivery);
  }

  private Set<String> centres() {
    return caller.get().centres().isEmpty() ? Set.of("") : caller.get().centres();
  }
}
