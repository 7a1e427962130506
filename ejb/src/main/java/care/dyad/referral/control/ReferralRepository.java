package care.dyad.referral.control;

import care.dyad.referral.entity.Consent;
import care.dyad.referral.entity.Referral;
import care.dyad.referral.entity.ReferralStatus;
import care.dyad.referral.entity.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Referrals, always looked up within the caller's centres so others' records stay invisible. */
@ApplicationScoped
public class ReferralRepository {

  private static final String WITH_DYAD =
      "select r from Referral r join fetch r.dyad d join fetch d.child join fetch d.caregiver ";

  @PersistenceContext EntityManager em;

  public void add(Referral referral) {
    em.persist(referral);
  }

  public Optional<Referral> find(UUID id, Collection<String> centres) {
    if (centres.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(WITH_DYAD + "where r.id = :id and r.centreId in :centres", Referral.class)
        .setParameter("id", id)
        .setParameter("centres", centres)
        .getResultStream()
        .findFirst();
  }

  /** Locks the referral so two clinicians accepting at once cannot both open an episode. */
  public Optional<Referral> findForUpdate(UUID id, Collection<String> centres) {
    if (centres.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select r from Referral r where r.id = :id and r.centreId in :centres", Referral.class)
        .setParameter("id", id)
        .setParameter("centres", centres)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Open referrals, most urgent first, then oldest first. */
  public List<Referral> waiting(Collection<String> centres) {
    if (centres.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            WITH_DYAD
                + "where r.centreId in :centres and r.status = :received order by case r.urgency"
                + " when :urgent then 0 when :soon then 1 else 2 end, r.receivedAt",
            Referral.class)
        .setParameter("centres", centres)
        .setParameter("received", ReferralStatus.RECEIVED)
        .setParameter("urgent", Urgency.URGENT)
        .setParameter("soon", Urgency.SOON)
        .setMaxResults(500)
        .getResultList();
  }

  public void addConsent(Consent consent) {
    em.persist(consent);
  }

  public List<Consent> consentsOf(UUID referralId) {
    return em.createQuery(
            "select c from Consent c where c.referralId = :referral order by c.kind", Consent.class)
        .setParameter("referral", referralId)
        .getResultList();
  }

  /** The consents of many referrals in one query, grouped by referral. */
  public Map<UUID, List<Consent>> consentsOf(Collection<UUID> referralIds) {
    if (referralIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select c from Consent c where c.referralId in :referrals order by c.kind",
            Consent.class)
        .setParameter("referrals", referralIds)
        .getResultStream()
        .collect(Collectors.groupingBy(Consent::referralId));
  }

  /** The latest 500 referrals of the centres, newest first (as the episode list). */
  public List<Referral> inCentres(Collection<String> centres) {
    if (centres.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            WITH_DYAD + "where r.centreId in :centres order by r.receivedAt desc", Referral.class)
        .setParameter("centres", centres)
        .setMaxResults(500)
        .getResultList();
  }
}
