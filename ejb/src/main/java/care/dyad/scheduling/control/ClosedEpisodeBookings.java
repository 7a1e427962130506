package care.dyad.scheduling.control;

import care.dyad.episode.entity.EpisodeClosed;
import care.dyad.scheduling.entity.ChangeReason;
import care.dyad.scheduling.entity.SessionStatus;
import care.dyad.scheduling.entity.TherapySession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A closed episode books nobody's time: its bookings still ahead are cancelled in the closing
 * transaction (kept in the history, reason by-centre), freeing the clinician, room and dyad.
 */
@ApplicationScoped
public class ClosedEpisodeBookings {

  @PersistenceContext EntityManager em;

  void cancelFutureBookings(@Observes EpisodeClosed closed) {
    em.createQuery(
            "select s from TherapySession s where s.episodeId = :episode"
                + " and s.status = :booked and s.startsAt > :now",
            TherapySession.class)
        .setParameter("episode", closed.episodeId())
        .setParameter("booked", SessionStatus.BOOKED)
        .setParameter("now", closed.at())
        .getResultStream()
        .forEach(
            s ->
                s.cancel(
                    ChangeReason.BY_CENTRE,
                    "Episode closed as " + closed.status(),
                    closed.by(),
                    closed.at()));
  }
}
