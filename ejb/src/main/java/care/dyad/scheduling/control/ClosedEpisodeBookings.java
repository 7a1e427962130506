package care.dyad.scheduling.control;

import care.dyad.episode.entity.EpisodeClosed;
import care.dyad.scheduling.entity.ChangeReason;
import care.dyad.scheduling.entity.SessionStatus;
import care.dyad.scheduling.entity.TherapySession;
import care.dyad.shared.DomainException;
import care.dyad.staff.entity.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * A closed episode books nobody's time: its bookings still ahead are cancelled in the closing
 * transaction (kept in the history, reason by-centre), freeing the clinician, room and dyad.
 */
@ApplicationScoped
public class ClosedEpisodeBookings {

  @PersistenceContext EntityManager em;

  void cancelFutureBookings(@Observes EpisodeClosed closed) {
    refuseUnrecordedPastSessions(closed);
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

  /**
   * A closed episode's delivered dose and dropout are settled, and no outcome is recorded after
   * that: a session that has taken place without one would stay open for good. Thrown inside the
   * closing transaction, so the episode stays open.
   */
  private void refuseUnrecordedPastSessions(EpisodeClosed closed) {
    var past =
        em.createQuery(
                "select s.startsAt from TherapySession s where s.episodeId = :episode"
                    + " and s.status = :booked and s.startsAt <= :now order by s.startsAt",
                Instant.class)
            .setParameter("episode", closed.episodeId())
            .setParameter("booked", SessionStatus.BOOKED)
            .setParameter("now", closed.at())
            .getResultList();
    if (past.isEmpty()) {
      return;
    }
    var zone =
        em.createQuery(
                "select c from Episode e join Centre c on c.id = e.centreId where e.id = :id",
                Centre.class)
            .setParameter("id", closed.episodeId())
            .getSingleResult()
            .timeZone();
    throw DomainException.conflict(
        "Record the outcome of every past session before closing the episode (attended,"
            + " did-not-attend or cancelled-late); none is recorded for "
            + past.stream()
                .map(at -> at.atZone(zone).format(BookingCalendar.LOCAL))
                .collect(Collectors.joining(", "))
            + ".");
  }
}
