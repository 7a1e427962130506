package care.dyad.scheduling.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.episode.control.EpisodeRepository;
import care.dyad.episode.entity.Episode;
import care.dyad.scheduling.control.SessionRepository;
import care.dyad.scheduling.entity.SessionStatus;
import care.dyad.scheduling.entity.TherapySession;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.entity.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Booking sessions for episodes of the caller's centres. */
@Stateless
@RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN})
public class Sessions {

  @Inject CurrentCaller caller;
  @Inject EpisodeRepository episodes;
  @Inject SessionRepository sessions;
  @PersistenceContext EntityManager em;

  @Audited(action = "session.book")
  public SessionView book(UUID episodeId, NewSession request) {
    var episode = episode(episodeId);
    if (episode.isClosed()) {
      throw DomainException.conflict(
          "Episode "
              + episodeId
              + " is "
              + Codes.of(episode.status())
              + "; no sessions can be booked.");
    }
    // Locking the clinician's row serialises bookings of one clinician, so the overlap check
    // below cannot race with another booking transaction on any node.
    var clinician =
        em.find(StaffMember.class, request.clinicianId().trim(), LockModeType.PESSIMISTIC_WRITE);
    if (clinician == null || !clinician.isBookableIn(episode.centreId())) {
      throw DomainException.invalid(
          "clinicianId",
          "'"
              + request.clinicianId()
              + "' is not a clinician of centre "
              + episode.centreId()
              + ".");
    }
    var session =
        new TherapySession(
            episode.id(),
            episode.centreId(),
            clinician.username(),
            request.startsAt().toInstant(),
            Duration.ofMinutes(request.durationMinutes()),
            caller.get().subject(),
            Instant.now());
    if (sessions.clinicianBusy(clinician.username(), session.startsAt(), session.endsAt())) {
      throw DomainException.conflict(
          clinician.displayName()
              + " already has a session overlapping "
              + session.startsAt()
              + ".");
    }
    sessions.add(session);
    return SessionView.of(session);
  }

  /**
   * Records a session's outcome. A session cannot count as delivered before the episode has a
   * baseline measurement: without one, no change can ever be shown to a payer.
   */
  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "session.outcome")
  public SessionView recordOutcome(UUID sessionId, SessionOutcome request) {
    var outcome = Codes.parse(SessionStatus.class, request.outcome(), "outcome");
    var session =
        sessions
            .find(sessionId, caller.get().centres())
            .orElseThrow(() -> DomainException.notFound("Session", sessionId));
    var episode =
        episodes
            .findForUpdate(session.episodeId(), caller.get().centres())
            .orElseThrow(() -> DomainException.notFound("Episode", session.episodeId()));
    if (outcome == SessionStatus.ATTENDED && !episode.hasBaseline()) {
      throw DomainException.conflict(
          "No baseline assessment is recorded for this episode yet; record the baseline before"
              + " the first session is delivered.");
    }
    session.recordOutcome(
        outcome,
        request.caregiverPresent(),
        request.childPresent(),
        request.videoUsed(),
        caller.get().subject(),
        Instant.now());
    if (outcome == SessionStatus.ATTENDED) {
      episode.attended(session.startsAt());
    }
    return SessionView.of(session);
  }

  @Audited(action = "session.list", target = "episode")
  public List<SessionView> ofEpisode(UUID episodeId) {
    return sessions.ofEpisode(episode(episodeId).id()).stream().map(SessionView::of).toList();
  }

  private Episode episode(UUID id) {
    return episodes
        .find(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Episode", id));
  }
}
