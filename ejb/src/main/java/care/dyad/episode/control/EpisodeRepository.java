package care.dyad.episode.control;

import care.dyad.episode.entity.DiagnosisRecord;
import care.dyad.episode.entity.Episode;
import care.dyad.episode.entity.EpisodeStatus;
import care.dyad.episode.entity.EpisodeTransition;
import care.dyad.referral.entity.Dyad;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Episodes, looked up within the caller's centres only. */
@ApplicationScoped
public class EpisodeRepository {

  /** An episode with its dyad, child and caregiver, loaded together. */
  public record WithDyad(Episode episode, Dyad dyad) {}

  @PersistenceContext EntityManager em;

  public void add(Object record) {
    em.persist(record);
  }

  /**
   * An episode, if it belongs to one of the centres. A primary-key lookup (the persistence
   * context's first) rather than a query: this is on every clinical and booking request.
   */
  public Optional<Episode> find(UUID id, Collection<String> centres) {
    return Optional.ofNullable(em.find(Episode.class, id))
        .filter(e -> centres.contains(e.centreId()));
  }

  /** Locks the episode row: lifecycle steps and dose counters change one at a time. */
  public Optional<Episode> findForUpdate(UUID id, Collection<String> centres) {
    if (centres.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select e from Episode e where e.id = :id and e.centreId in :centres", Episode.class)
        .setParameter("id", id)
        .setParameter("centres", centres)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
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

  /** Episodes of the caller's centres, newest first, optionally of one status. */
  public List<WithDyad> inCentres(Collection<String> centres, EpisodeStatus status, int limit) {
    if (centres.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e, d from Episode e join Dyad d on d.id = e.dyadId join fetch d.child"
                + " join fetch d.caregiver where e.centreId in :centres"
                + " and (:status is null or e.status = :status) order by e.openedAt desc",
            Object[].class)
        .setParameter("centres", centres)
        .setParameter("status", status)
        .setMaxResults(limit)
        .getResultStream()
        .map(row -> new WithDyad((Episode) row[0], (Dyad) row[1]))
        .toList();
  }

  /**
   * One page of the episodes of some centres in the given statuses, newest first, after the given
   * one (null for the first page): for work over all of them, a page at a time.
   */
  public List<WithDyad> pageInCentres(
      Collection<String> centres, Collection<EpisodeStatus> statuses, Episode after, int limit) {
    if (centres.isEmpty() || statuses.isEmpty()) {
      return List.of();
    }
    var query =
        em.createQuery(
                "select e, d from Episode e join Dyad d on d.id = e.dyadId join fetch d.child"
                    + " join fetch d.caregiver where e.centreId in :centres"
                    + " and e.status in :statuses"
                    + (after == null
                        ? ""
                        : " and (e.openedAt < :at or (e.openedAt = :at and e.id < :id))")
                    + " order by e.openedAt desc, e.id desc",
                Object[].class)
            .setParameter("centres", centres)
            .setParameter("statuses", statuses)
            .setMaxResults(limit)
            .setHint("org.hibernate.readOnly", true);
    if (after != null) {
      query.setParameter("at", after.openedAt()).setParameter("id", after.id());
    }
    return query
        .getResultStream()
        .map(row -> new WithDyad((Episode) row[0], (Dyad) row[1]))
        .toList();
  }

  public List<EpisodeTransition> transitionsOf(UUID episodeId) {
    return em.createQuery(
            "select t from EpisodeTransition t where t.episodeId = :id order by t.occurredAt",
            EpisodeTransition.class)
        .setParameter("id", episodeId)
        .getResultList();
  }

  public List<DiagnosisRecord> diagnosesOf(UUID episodeId) {
    return em.createQuery(
            "select d from DiagnosisRecord d where d.episodeId = :id order by d.recordedAt",
            DiagnosisRecord.class)
        .setParameter("id", episodeId)
        .getResultList();
  }
}
