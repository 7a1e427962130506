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

/** Booked sessions, and the bookings that hold a person's or a room's time. */
@ApplicationScoped
public class SessionRepository {

  static final List<SessionStatus> FREED =
      List.of(SessionStatus.CANCELLED, SessionStatus.RESCHEDULED, SessionStatus.CANCELLED_LATE);

  @PersistenceContext EntityManager em;

  public void add(TherapySession session) {
    em.persist(session);
  }

  /** Writes pending bookings now, so a database conflict surfaces inside the request. */
  public void flush() {
    em.flush();
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

  /** Bookings that count against the dose: booked ahead or attended. */
  public long countedAgainstDose(UUID episodeId) {
    return em.createQuery(
            "select count(s) from TherapySession s where s.episodeId = :episode"
                + " and s.status in :counted",
            Long.class)
        .setParameter("episode", episodeId)
        .setParameter("counted", List.of(SessionStatus.BOOKED, SessionStatus.ATTENDED))
        .getSingleResult();
  }

  public List<TherapySession> ofEpisodes(Collection<UUID> episodeIds) {
    if (episodeIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s from TherapySession s where s.episodeId in :episodes order by s.startsAt",
            TherapySession.class)
        .setParameter("episodes", episodeIds)
        .getResultList();
  }

  /**
   * In one query: bookings holding the clinician's time (travel included), the room or the dyad
   * around [from, until).
   */
  public List<TherapySession> holding(
      String clinicianId, UUID roomId, UUID dyadId, Instant from, Instant until) {
    return em.createQuery(
            "select s from TherapySession s where s.status not in :freed"
                + " and s.blockedFrom < :until and s.blockedUntil > :from"
                + " and (s.clinicianId = :who or s.roomId = :room or s.dyadId = :dyad)",
            TherapySession.class)
        .setParameter("freed", FREED)
        .setParameter("who", clinicianId)
        .setParameter("room", roomId)
        .setParameter("dyad", dyadId)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }

  /** Start times of the episode's bookings that hold time, with their ids. */
  public List<Object[]> heldStarts(UUID episodeId) {
    return em.createQuery(
            "select s.id, s.startsAt from TherapySession s where s.episodeId = :episode"
                + " and s.status not in :freed",
            Object[].class)
        .setParameter("episode", episodeId)
        .setParameter("freed", FREED)
        .getResultList();
  }

  /** The number k of a booking: counted bookings of its episode up to and including it. */
  public int numberOf(TherapySession session) {
    return em.createQuery(
            "select count(s) from TherapySession s where s.episodeId = :episode"
                + " and s.status in :counted and s.startsAt <= :start",
            Long.class)
        .setParameter("episode", session.episodeId())
        .setParameter("counted", List.of(SessionStatus.BOOKED, SessionStatus.ATTENDED))
        .setParameter("start", session.startsAt())
        .getSingleResult()
        .intValue();
  }

  /** A clinician's or a room's bookings in a window, for the scheduler's day and week views. */
  public List<TherapySession> inWindow(
      Collection<String> centres, String clinicianId, UUID roomId, Instant from, Instant until) {
    if (centres.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s from TherapySession s where s.centreId in :centres"
                + " and (:clinician is null or s.clinicianId = :clinician)"
                + " and (:room is null or s.roomId = :room)"
                + " and s.startsAt < :until and s.endsAt > :from order by s.startsAt",
            TherapySession.class)
        .setParameter("centres", centres)
        .setParameter("clinician", clinicianId)
        .setParameter("room", roomId)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }
}
