package care.dyad.scheduling.control;

import care.dyad.episode.entity.Episode;
import care.dyad.episode.entity.EpisodeStatus;
import care.dyad.programme.entity.CarePlan;
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
  @Inject Settings settings;

  /**
   * Reads and checks the episode, its plan, the clinician and the room: two queries when all is in
   * order (a booking's request path is mostly round trips to the database), and a refusal that
   * names what is wrong otherwise.
   */
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
    if (clinicianId == null || clinicianId.isBlank()) {
      throw DomainException.invalid("clinicianId", "clinicianId is required.");
    }
    if (roomId != null && homeVisit) {
      throw DomainException.invalid(
          "homeVisit", "A home visit takes no room; send either roomId or homeVisit: true.");
    }
    if (roomId == null && !homeVisit) {
      throw DomainException.invalid(
          "roomId", "Give a roomId, or homeVisit: true for a visit at the family's home.");
    }
    // Two queries, each fetching one collection (two at once would repeat the rows of each).
    var episodeRow =
        em
            .createQuery(
                "select e, c, p from Episode e join Centre c on c.id = e.centreId"
                    + " left join CarePlan p on p.episodeId = e.id left join fetch p.extensions"
                    + " where e.id = :id",
                Object[].class)
            .setParameter("id", episodeId)
            .getResultList()
            .stream()
            .findFirst()
            .filter(row -> caller.centres().contains(((Episode) row[0]).centreId()))
            .orElseThrow(() -> DomainException.notFound("Episode", episodeId));
    var episode = (Episode) episodeRow[0];
    var zone = ((Centre) episodeRow[1]).timeZone();
    var plan = (CarePlan) episodeRow[2];
    if (episode.status() != EpisodeStatus.IN_TREATMENT) {
      throw DomainException.conflict(
          "Sessions are booked for episodes in treatment; this one is "
              + Codes.of(episode.status())
              + ".");
    }
    if (plan == null) {
      throw DomainException.conflict("The episode has no care plan.");
    }
    var resourcesRow =
        em
            .createQuery(
                "select m, r from StaffMember m left join fetch m.centres"
                    + " left join Room r on r.id = :room where m.username = :clinician",
                Object[].class)
            .setParameter("clinician", clinicianId.trim())
            .setParameter("room", roomId)
            .getResultList()
            .stream()
            .findFirst()
            .orElse(new Object[2]);
    var clinician = (StaffMember) resourcesRow[0];
    var room = (Room) resourcesRow[1];
    if (clinician == null || !clinician.isBookableIn(episode.centreId())) {
      throw DomainException.invalid(
          "clinicianId",
          "'" + clinicianId + "' is not a clinician of centre " + episode.centreId() + ".");
    }
    if (roomId != null
        && (room == null || !room.active() || !room.centreId().equals(episode.centreId()))) {
      throw DomainException.invalid(
          "roomId", "Room " + roomId + " is not a room of centre " + episode.centreId() + ".");
    }
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
   * Locks the dyad, the episode, the clinician and the room, in that order and in one statement
   * (the database locks a row's tables in the order the query names them), just before the final
   * check and the insert: racing bookings of the same people or room queue briefly here instead of
   * deadlocking on the database's exclusion constraints, on one node or many. The episode's status
   * is read under the lock, so a booking cannot slip in while another request closes the episode.
   *
   * @return the clinician's availability version, as it stands under the lock (see {@link
   *     WorkingTimes})
   */
  public long lock(Prepared prepared) {
    var r = prepared.resources();
    var query =
        em.createQuery(
                "select e.status, m.availabilityVersion from Dyad d, Episode e, StaffMember m"
                    + (r.roomId() == null ? "" : ", Room r")
                    + " where d.id = :dyad and e.id = :episode and m.username = :clinician"
                    + (r.roomId() == null ? "" : " and r.id = :room"),
                Object[].class)
            .setParameter("dyad", r.dyadId())
            .setParameter("episode", r.episodeId())
            .setParameter("clinician", r.clinicianId());
    if (r.roomId() != null) {
      query.setParameter("room", r.roomId());
    }
    var row = query.setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    var status = (EpisodeStatus) row[0];
    if (status != EpisodeStatus.IN_TREATMENT) {
      throw DomainException.conflict(
          "The episode was just "
              + Codes.of(status)
              + "; sessions are booked for episodes in treatment.");
    }
    return (Long) row[1];
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
