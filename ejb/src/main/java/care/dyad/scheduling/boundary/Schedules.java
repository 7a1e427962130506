package care.dyad.scheduling.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.scheduling.control.BookingDesk;
import care.dyad.scheduling.control.BookingHorizon;
import care.dyad.scheduling.control.BookingPreparation;
import care.dyad.scheduling.control.SessionRepository;
import care.dyad.scheduling.entity.Room;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.control.Directory;
import care.dyad.staff.entity.Centre;
import care.dyad.staff.entity.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** The scheduler's views: free slots for an episode, and day or week calendars. */
@Stateless
@RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN})
public class Schedules {

  @Inject CurrentCaller caller;
  @Inject Directory directory;
  @Inject BookingPreparation preparation;
  @Inject BookingDesk desk;
  @Inject BookingHorizon horizon;
  @Inject SessionRepository sessions;
  @PersistenceContext EntityManager em;

  /**
   * The next {@code count} free slots for the episode, at the programme's cadence (its minimum
   * interval), within the clinician's hours and with the room and dyad free.
   */
  @Audited(action = "session.free-slots", target = "episode")
  public List<FreeSlot> freeSlots(
      UUID episodeId,
      String clinicianId,
      UUID roomId,
      boolean homeVisit,
      LocalDate from,
      int count) {
    if (count < 1 || count > 60) {
      throw DomainException.invalid("count", "count must be between 1 and 60.");
    }
    var prepared =
        preparation.prepare(caller.get(), episodeId, clinicianId, roomId, homeVisit, null);
    var r = prepared.resources();
    // Nothing before today can be booked: a past "from" searches from today.
    var today = LocalDate.now(r.zone());
    var start = from == null ? today.plusDays(1) : from.isBefore(today) ? today : from;
    horizon.require(start.atStartOfDay(r.zone()).toInstant(), r.zone(), "from", "from");
    return desk
        .freeSlots(
            r, start, count, r.intervalMinDays(), sessions.bookingsOf(episodeId).startsExcept(null))
        .stream()
        .map(slot -> new FreeSlot(slot, LocalDateTime.ofInstant(slot, r.zone()), r.zone().getId()))
        .toList();
  }

  /** A clinician's or a room's sessions over one day or a week, in the centre's time. */
  @Audited(action = "session.calendar")
  public List<CalendarEntry> calendar(
      String centreId, String clinicianId, UUID roomId, LocalDate from, int days) {
    if ((clinicianId == null) == (roomId == null)) {
      throw DomainException.invalid("clinicianId", "Give either clinicianId or roomId.");
    }
    if (days < 1 || days > 31) {
      throw DomainException.invalid("days", "days must be between 1 and 31 (1 = day, 7 = week).");
    }
    var centre = directory.centreFor(caller.get(), centreId);
    var clinician = clinicianId == null ? null : clinicianId.trim();
    requireOfCentre(clinician, roomId, centre);
    var zone = em.find(Centre.class, centre).timeZone();
    var day = from == null ? LocalDate.now(zone) : from;
    var windowStart = day.atStartOfDay(zone).toInstant();
    var windowEnd = day.plusDays(days).atStartOfDay(zone).toInstant();
    return sessions.inWindow(List.of(centre), clinician, roomId, windowStart, windowEnd).stream()
        .map(s -> CalendarEntry.of(s, zone))
        .toList();
  }

  /**
   * An empty calendar must mean a free one: a mistyped name or another centre's room is refused, as
   * a booking refuses it. A deactivated clinician's or a closed room's calendar stays readable.
   */
  private void requireOfCentre(String clinicianId, UUID roomId, String centre) {
    if (clinicianId != null) {
      var member = em.find(StaffMember.class, clinicianId);
      if (member == null
          || !"clinician".equals(member.role())
          || !member.centres().contains(centre)) {
        throw DomainException.invalid(
            "clinicianId", "'" + clinicianId + "' is not a clinician of centre " + centre + ".");
      }
    } else {
      var room = em.find(Room.class, roomId);
      if (room == null || !room.centreId().equals(centre)) {
        throw DomainException.invalid(
            "roomId", "Room " + roomId + " is not a room of centre " + centre + ".");
      }
    }
  }
}
