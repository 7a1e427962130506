package care.dyad.scheduling.control;

import care.dyad.scheduling.entity.SessionStatus;
import care.dyad.scheduling.entity.TherapySession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Booked sessions, and the bookings that hold a person's or a room's time. */
@ApplicationScoped
public class SessionRepository {

  // Status sets as literals, not list parameters: Hibernate re-translates a query on every call
  // when it has a multi-valued parameter, which showed up as the top cost of a booking.
  private static final String STATUS = SessionStatus.class.getName() + ".";

  /**
   * The longest time one booking can hold (a database check guarantees it), so that looking up what
   * overlaps a window is a short index range scan.
   */
  static final Duration LONGEST_HOLD = Duration.ofHours(24);

  /** Bookings that still hold a person's or a room's time. */
  static final String HOLDS_TIME =
      " s.status not in ("
          + STATUS
          + "CANCELLED, "
          + STATUS
          + "RESCHEDULED, "
          + STATUS
          + "CANCELLED_LATE) ";

  @PersistenceContext EntityManager em;

  public void add(TherapySession session) {
    em.persist(session);
  }

  /** Writes pending bookings now, so a database conflict surfaces inside the request. */
  public void flush() {
    em.flush();
  }

  /** A booking, if it belongs to one of the centres. */
  public Optional<TherapySession> find(UUID id, Collection<String> centres) {
    return Optional.ofNullable(em.find(TherapySession.class, id))
        .filter(s -> centres.contains(s.centreId()));
  }

  public List<TherapySession> ofEpisode(UUID episodeId) {
    return em.createQuery(
            "select s from TherapySession s where s.episodeId = :episode order by s.startsAt",
            TherapySession.class)
        .setParameter("episode", episodeId)
        .getResultList();
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

  private static final String HOLD =
      "select new "
          + Hold.class.getName()
          + "(s.id, s.episodeId, s.clinicianId, s.roomId, s.dyadId, s.startsAt, s.endsAt,"
          + " s.blockedFrom, s.blockedUntil, s.status) from TherapySession s where"
          + HOLDS_TIME;

  private static final String AROUND =
      " (s.blockedFrom < :until and s.blockedUntil > :from and s.blockedFrom > :earliest"
          + " and (s.clinicianId = :who or s.roomId = :room or s.dyadId = :dyad)) ";

  /**
   * In one query: bookings holding the clinician's time (travel included), the room or the dyad
   * around [from, until).
   */
  public List<Hold> holding(
      String clinicianId, UUID roomId, UUID dyadId, Instant from, Instant until) {
    return around(
            em.createQuery(HOLD + " and" + AROUND, Hold.class),
            clinicianId,
            roomId,
            dyadId,
            from,
            until)
        .getResultList();
  }

  /**
   * In one query, for a single booking: what holds time around [from, until), as {@link #holding},
   * and every booking of the episode that holds time (dose, spacing and numbering).
   */
  public List<Hold> holdingAndEpisode(
      UUID episodeId, String clinicianId, UUID roomId, UUID dyadId, Instant from, Instant until) {
    return around(
            em.createQuery(HOLD + " and (s.episodeId = :episode or" + AROUND + ")", Hold.class),
            clinicianId,
            roomId,
            dyadId,
            from,
            until)
        .setParameter("episode", episodeId)
        .getResultList();
  }

  private static TypedQuery<Hold> around(
      TypedQuery<Hold> query,
      String clinicianId,
      UUID roomId,
      UUID dyadId,
      Instant from,
      Instant until) {
    return query
        .setParameter("who", clinicianId)
        .setParameter("room", roomId)
        .setParameter("dyad", dyadId)
        .setParameter("from", from)
        .setParameter("until", until)
        .setParameter("earliest", from.minus(LONGEST_HOLD));
  }

  /** The episode's bookings that hold time, in one query: dose count, spacing and numbering. */
  public EpisodeBookings bookingsOf(UUID episodeId) {
    return new EpisodeBookings(
        em.createQuery(HOLD + " and s.episodeId = :episode", Hold.class)
            .setParameter("episode", episodeId)
            .getResultList());
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
