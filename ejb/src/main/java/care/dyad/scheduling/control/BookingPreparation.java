package care.dyad.scheduling.control;

import care.dyad.episode.control.EpisodeRepository;
import care.dyad.episode.entity.Episode;
import care.dyad.episode.entity.EpisodeStatus;
import care.dyad.programme.control.ProgrammeCatalogue;
import care.dyad.programme.entity.CarePlan;
import care.dyad.referral.entity.Dyad;
import care.dyad.scheduling.entity.Room;
import care.dyad.scheduling.entity.TherapySession;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Settings;
import care.dyad.staff.control.Caller;
import care.dyad.staff.entity.Centre;
import care.dyad.staff.entity.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Gathers and locks what a booking involves. Locks are always taken in the same order (dyad,
 * episode, clinician, room) before anything is inserted, so concurrent bookings of the same people
 * or room queue briefly instead of deadlocking, on one node or many.
 */
@ApplicationScoped
public class BookingPreparation {

  /** A booking's episode, its plan and the resources involved. */
  public record Prepared(Episode episode, CarePlan plan, BookingDesk.Resources resources) {}

  @PersistenceContext EntityManager em;
  @Inject EpisodeRepository episodes;
  @Inject ProgrammeCatalogue programmes;
  @Inject Settings settings;

  public Prepared prepare(
      Caller caller,
      UUID episodeId,
      String clinicianId,
      UUID roomId,
      boolean homeVisit,
      Integer durationMinutes) {
    if (durationMinutes != null && (durationMinutes < 15 || durationMinutes > 240)) {
      throw DomainException.invalid(
          "durationMinutes", "durationMinutes must be between 15 and 240; got " + durationMinutes);
    }
    var episode =
        episodes
            .find(episodeId, caller.centres())
            .orElseThrow(() -> DomainException.notFound("Episode", episodeId));
    if (episode.status() != EpisodeStatus.IN_TREATMENT) {
      throw DomainException.conflict(
          "Sessions are booked for episodes in treatment; this one is "
              + Codes.of(episode.status())
              + ".");
    }
    var plan =
        programmes
            .carePlanOf(episodeId)
            .orElseThrow(() -> DomainException.conflict("The episode has no care plan."));
    if (clinicianId == null || clinicianId.isBlank()) {
      throw DomainException.invalid("clinicianId", "clinicianId is required.");
    }
    var clinician = em.find(StaffMember.class, clinicianId.trim());
    if (clinician == null || !clinician.isBookableIn(episode.centreId())) {
      throw DomainException.invalid(
          "clinicianId",
          "'" + clinicianId + "' is not a clinician of centre " + episode.centreId() + ".");
    }
    if (roomId != null && homeVisit) {
      throw DomainException.invalid(
          "homeVisit", "A home visit takes no room; send either roomId or homeVisit: true.");
    }
    Room room = null;
    if (roomId != null) {
      room = em.find(Room.class, roomId);
      if (room == null || !room.active() || !room.centreId().equals(episode.centreId())) {
        throw DomainException.invalid(
            "roomId", "Room " + roomId + " is not a room of centre " + episode.centreId() + ".");
      }
    } else if (!homeVisit) {
      throw DomainException.invalid(
          "roomId", "Give a roomId, or homeVisit: true for a visit at the family's home.");
    }
    var zone = em.find(Centre.class, episode.centreId()).timeZone();
    var length =
        Duration.ofMinutes(
            durationMinutes == null ? plan.dose().sessionMinutes() : durationMinutes);
    var resources =
        new BookingDesk.Resources(
            episode.id(),
            episode.dyadId(),
            episode.centreId(),
            zone,
            clinician.username(),
            room == null ? null : room.id(),
            room == null ? null : room.name(),
            room == null,
            settings.travelBuffer(),
            length,
            plan.dose().intervalMinDays());
    return new Prepared(episode, plan, resources);
  }

  /**
   * Locks the dyad, the episode, the clinician and the room, always in that order, just before the
   * final check and the insert: racing bookings of the same people or room queue briefly here
   * instead of deadlocking on the database's exclusion constraints, on one node or many.
   *
   * <p>Requests racing for the same time queue on the first of these locks. {@code stillFree} runs
   * as soon as it is held, so one that has lost leaves at once, after a single query, rather than
   * holding the queue up while it takes the other locks.
   */
  public void lock(Prepared prepared, Runnable stillFree) {
    var r = prepared.resources();
    em.find(Dyad.class, r.dyadId(), LockModeType.PESSIMISTIC_WRITE);
    stillFree.run();
    // A booking cannot slip in while another request closes the episode.
    em.refresh(prepared.episode(), LockModeType.PESSIMISTIC_WRITE);
    if (prepared.episode().status() != EpisodeStatus.IN_TREATMENT) {
      throw DomainException.conflict(
          "The episode was just "
              + Codes.of(prepared.episode().status())
              + "; sessions are booked for episodes in treatment.");
    }
    em.find(StaffMember.class, r.clinicianId(), LockModeType.PESSIMISTIC_WRITE);
    if (r.roomId() != null) {
      em.find(Room.class, r.roomId(), LockModeType.PESSIMISTIC_WRITE);
    }
  }

  /** The booking for one start time, once the rules have passed it. */
  public static TherapySession.Booking booking(
      BookingDesk.Resources r, Instant start, String intervalOverrideReason, UUID replaces) {
    return new TherapySession.Booking(
        r.episodeId(),
        r.centreId(),
        r.dyadId(),
        r.clinicianId(),
        r.roomId(),
        r.homeVisit(),
        start,
        r.length(),
        r.travel(),
        intervalOverrideReason,
        replaces);
  }
}
