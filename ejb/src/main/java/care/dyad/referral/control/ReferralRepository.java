package care.dyad.referral.control;

import care.dyad.referral.entity.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

  public List<Referral> inCentres(Collection<String> centres) {
    if (centres.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            WITH_DYAD + "where r.centreId in :centres order by r.receivedAt", Referral.class)
        .setParameter("centres", centres)
        .setMaxResults(500)
        .getResultList();
  }
}
