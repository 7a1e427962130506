package care.dyad.scheduling.boundary;

import care.dyad.scheduling.boundary.ResourceRequests.Block;
import care.dyad.scheduling.boundary.ResourceRequests.ClinicianView;
import care.dyad.scheduling.boundary.ResourceRequests.ExceptionView;
import care.dyad.scheduling.boundary.ResourceRequests.NewException;
import care.dyad.scheduling.boundary.ResourceRequests.NewRoom;
import care.dyad.scheduling.boundary.ResourceRequests.RoomView;
import care.dyad.scheduling.boundary.ResourceRequests.WeeklyHours;
import care.dyad.scheduling.control.Availability;
import care.dyad.scheduling.control.BookingHorizon;
import care.dyad.scheduling.entity.AvailabilityException;
import care.dyad.scheduling.entity.Room;
import care.dyad.scheduling.entity.WorkingHours;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.shared.Settings;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.control.Directory;
import care.dyad.staff.entity.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who and what can be booked when: rooms, clinicians' weekly hours and their exceptions. Only
 * schedulers and centre admins change them.
 */
@Stateless
public class Rota {

  @Inject CurrentCaller caller;
  @Inject Directory directory;
  @Inject Availability availability;
  @Inject BookingHorizon horizon;
  @Inject Settings settings;
  @PersistenceContext EntityManager em;

  @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN, Roles.CENTRE_ADMIN})
  public List<RoomView> rooms() {
    var centres = caller.get().centres();
    if (centres.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from Room r where r.centreId in :centres order by r.centreId, r.name",
            Room.class)
        .setParameter("centres", centres)
        .getResultStream()
        .map(Rota::view)
        .toList();
  }

  /**
   * The active clinicians who work in at least one of the caller's centres: the bookable people.
   */
  @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN, Roles.CENTRE_ADMIN})
  public List<ClinicianView> clinicians() {
    var centres = caller.get().centres();
    if (centres.isEmpty()) {
      return List.of();
    }
    // The centres are fetched with the people (one query, not one more per clinician).
    return em.createQuery(
            "select distinct s from StaffMember s left join fetch s.centres"
                + " where s.role = :role and s.active = true and exists"
                + " (select 1 from StaffMember w join w.centres c where w = s and c in :centres)"
                + " order by s.displayName, s.username",
            StaffMember.class)
        .setParameter("centres", centres)
        .setParameter("role", Roles.CLINICIAN)
        .getResultStream()
        .map(
            s ->
                new ClinicianView(
                    s.username(),
                    s.displayName(),
                    s.centres().stream().filter(centres::contains).sorted().toList()))
        .toList();
  }

  @RolesAllowed({Roles.SCHEDULER, Roles.CENTRE_ADMIN})
  public RoomView addRoom(
      @NotNull(message = "a JSON request body is required") @Valid NewRoom request) {
    var centre = directory.centreFor(caller.get(), request.centreId());
    var taken =
        !em.createQuery(
                "select r.id from Room r where r.centreId = :centre and lower(r.name) = lower(:name)")
            .setParameter("centre", centre)
            .setParameter("name", request.name().trim())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw DomainException.conflict(
          "Centre " + centre + " has a room called " + request.name() + ".");
    }
    var room = new Room(centre, request.name().trim());
    em.persist(room);
    return view(room);
  }

  @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN, Roles.CENTRE_ADMIN})
  public List<Block> hours(String username, String centreId) {
    var centre = directory.centreFor(caller.get(), centreId);
    clinicianOf(username, centre);
    return availability.hours(username, centre).stream().map(Rota::block).toList();
  }

  /** Replaces the clinician's weekly hours at the centre; existing bookings stay as they are. */
  @RolesAllowed({Roles.SCHEDULER, Roles.CENTRE_ADMIN})
  public List<Block> setHours(
      String username,
      @NotNull(message = "a JSON request body is required") @Valid WeeklyHours request) {
    var centre = directory.centreFor(caller.get(), request.centreId());
    lock(clinicianOf(username, centre));
    em.createQuery("delete from WorkingHours h where h.username = :who and h.centreId = :centre")
        .setParameter("who", username)
        .setParameter("centre", centre)
        .executeUpdate();
    var blocks = request.blocks();
    var accepted = new ArrayList<WorkingHours>();
    for (int i = 0; i < blocks.size(); i++) {
      var block = blocks.get(i);
      var at = "blocks[" + i + "]";
      if (block == null) {
        throw DomainException.invalid(at, at + " is empty; send {\"day\", \"start\", \"end\"}.");
      }
      var day = Codes.parse(DayOfWeek.class, block.day().toLowerCase(Locale.ROOT), at + ".day");
      if (!block.end().isAfter(block.start())) {
        throw DomainException.invalid(
            at + ".end",
            at
                + " must end after it starts; it runs "
                + block.start()
                + " to "
                + block.end()
                + ".");
      }
      var hours = new WorkingHours(username, centre, day, block.start(), block.end());
      for (int j = 0; j < accepted.size(); j++) {
        if (accepted.get(j).overlaps(hours)) {
          throw DomainException.invalid(
              at,
              at + " overlaps blocks[" + j + "] on " + Codes.of(day) + "; merge them into one.");
        }
      }
      accepted.add(hours);
    }
    accepted.forEach(em::persist);
    return availability.hours(username, centre).stream().map(Rota::block).toList();
  }

  @RolesAllowed({Roles.SCHEDULER, Roles.CENTRE_ADMIN})
  public ExceptionView addException(
      String username,
      @NotNull(message = "a JSON request body is required") @Valid NewException request) {
    var kind = Codes.parse(AvailabilityException.Kind.class, request.kind(), "kind");
    lock(clinicianOf(username, null));
    if (!request.endsAt().isAfter(request.startsAt())) {
      throw DomainException.invalid("endsAt", "endsAt must be after startsAt.");
    }
    horizon.require(request.endsAt().toInstant(), ZoneOffset.UTC, "endsAt", "endsAt");
    var years = settings.bookingHorizonYears();
    if (request.endsAt().isAfter(request.startsAt().plusYears(years))) {
      throw DomainException.invalid(
          "startsAt", "An absence lasts at most " + years + " years; check startsAt's year.");
    }
    var exception =
        new AvailabilityException(
            username,
            kind,
            request.startsAt().toInstant(),
            request.endsAt().toInstant(),
            caller.get().subject(),
            Instant.now());
    em.persist(exception);
    return view(exception);
  }

  @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN, Roles.CENTRE_ADMIN})
  public List<ExceptionView> exceptions(String username) {
    clinicianOf(username, null);
    return availability
        .exceptions(username, Instant.now(), Instant.now().plusSeconds(3L * 365 * 86400))
        .stream()
        .map(Rota::view)
        .toList();
  }

  /** A clinician who works in one of the caller's centres (that centre when one is named). */
  private StaffMember clinicianOf(String username, String centre) {
    var member = em.find(StaffMember.class, username);
    var mine =
        member != null
            && "clinician".equals(member.role())
            && (centre == null
                ? caller.get().centres().stream().anyMatch(member::isBookableIn)
                : member.isBookableIn(centre));
    if (!mine) {
      throw DomainException.notFound("Clinician", username);
    }
    return member;
  }

  /**
   * Bookings check hours under the clinician's row lock; changing them takes the same lock and
   * moves the clinician's availability version, so a booking that read them before the lock reads
   * them again. One statement in the database does both: the increment cannot be lost to a
   * concurrent change, and no other column of the clinician's row is written back.
   */
  private void lock(StaffMember clinician) {
    em.createNativeQuery(
            "update staff_member set availability_version = availability_version + 1"
                + " where username = :username")
        .setParameter("username", clinician.username())
        .executeUpdate();
  }

  private static RoomView view(Room room) {
    return new RoomView(room.id(), room.centreId(), room.name(), room.active());
  }

  private static Block block(WorkingHours h) {
    return new Block(Codes.of(h.day()), h.startsAt(), h.endsAt());
  }

  private static ExceptionView view(AvailabilityException x) {
    return new ExceptionView(
        x.id(),
        Codes.of(x.kind()),
        x.startsAt().atOffset(ZoneOffset.UTC),
        x.endsAt().atOffset(ZoneOffset.UTC));
  }
}
