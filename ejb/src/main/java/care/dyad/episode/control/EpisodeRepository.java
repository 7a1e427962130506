package care.dyad.episode.control;

import care.dyad.episode.entity.Episode;
import care.dyad.referral.entity.Dyad;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Episodes, looked up within the caller's centres only. */
@ApplicationScoped
public class EpisodeRepository {

  @PersistenceContext EntityManager em;

  public void add(Episode episode) {
    em.persist(episode);
  }

  public Optional<Episode> find(UUID id, Collection<String> centres) {
    if (centres.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select e from Episode e where e.id = :id and e.centreId in :centres", Episode.class)
        .setParameter("id", id)
        .setParameter("centres", centres)
        .getResultStream()
        .findFirst();
  }

  public Dyad dyadOf(Episode episode) {
    return em.createQuery(
            "select d from Dyad d join fetch d.child join fetch d.caregiver where d.id = :id",
            Dyad.class)
        .setParameter("id", episode.dyadId())
        .getSingleResult();
  }
}
