package care.dyad.scheduling.boundary;

import care.dyad.episode.control.EpisodeRepository;
import care.dyad.episode.entity.Episode;
import care.dyad.scheduling.control.SessionRepository;
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

  public List<SessionView> ofEpisode(UUID episodeId) {
    return sessions.ofEpisode(episode(episodeId).id()).stream().map(SessionView::of).toList();
  }

  private Episode episode(UUID id) {
    return episodes
        .find(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Episode", id));
  }
}
