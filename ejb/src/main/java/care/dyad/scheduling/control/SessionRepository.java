package care.dyad.scheduling.control;

import care.dyad.scheduling.entity.SessionStatus;
import care.dyad.scheduling.entity.TherapySession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Booked sessions. */
@ApplicationScoped
public class SessionRepository {

  @PersistenceContext EntityManager em;

  public void add(TherapySession session) {
    em.persist(session);
  }

  public Optional<TherapySession> find(UUID id, Collection<String> centres) {
    if (centres.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select s from TherapySession s where s.id = :id and s.centreId in :centres",
            TherapySession.class)
        .setParameter("id", id)
        .setParameter("centres", centres)
        .getResultStream()
        .findFirst();
  }

  public List<TherapySession> ofEpisode(UUID episodeId) {
    return em.createQuery(
            "select s from TherapySession s where s.episodeId = :episode order by s.startsAt",
            TherapySession.class)
        .setParameter("episode", episodeId)
        .getResultList();
  }

  /** Live bookings of the clinician that overlap [from, to). */
  public boolean clinicianBusy(String clinicianId, Instant from, Instant to) {
    return !em.createQuery(
            "select s.id from TherapySession s where s.clinicianId = :clinician"
                + " and s.status <> :cancelled and s.startsAt < :to and s.endsAt > :from",
            UUID.class)
        .setParameter("clinician", clinicianId)
        .setParameter("cancelled", SessionStatus.CANCELLED)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
