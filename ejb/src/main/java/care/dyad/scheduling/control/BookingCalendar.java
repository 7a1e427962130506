package care.dyad.scheduling.control;

import care.dyad.scheduling.entity.AvailabilityException;
import care.dyad.scheduling.entity.WorkingHours;
import care.dyad.shared.Codes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A clinician's, a room's and a dyad's commitments over a window, loaded once and checked in
 * memory: the one place that decides whether a time is free, for single bookings, series and the
 * free-slot finder alike.
 */
public final class BookingCalendar {

  public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");

  /** A time already taken, by a booking or by an earlier occurrence of the same series. */
  record Taken(Instant start, Instant end, Instant blockedFrom, Instant blockedUntil) {

    static Taken of(Hold s) {
      return new Taken(s.startsAt(), s.endsAt(), s.blockedFrom(), s.blockedUntil());
    }

    boolean overlaps(Instant from, Instant until) {
      return start.isBefore(until) && end.isAfter(from);
    }

    boolean blockOverlaps(Instant from, Instant until) {
      return blockedFrom.isBefore(until) && blockedUntil.isAfter(from);
    }
  }

  private final ZoneId zone;
  private final String clinician;
  private final List<WorkingHours> hours;
  private final boolean checksHours;
  private final List<AvailabilityException> away;
  private final List<Taken> clinicianTaken = new ArrayList<>();
  private final String roomName;
  private final List<Taken> roomTaken = new ArrayList<>();
  private final List<Taken> dyadTaken = new ArrayList<>();

  BookingCalendar(
      ZoneId zone,
      String clinician,
      List<WorkingHours> hours, // null: other bookings only, hours and absences not checked
      List<AvailabilityException> away,
      List<Hold> clinicianBookings,
      String roomName,
      List<Hold> roomBookings,
      List<Hold> dyadBookings,
      UUID ignored) {
    this.zone = zone;
    this.clinician = clinician;
    this.hours = hours == null ? List.of() : hours;
    this.checksHours = hours != null;
    this.away = away;
    this.roomName = roomName;
    clinicianBookings.stream()
        .filter(s -> !s.id().equals(ignored))
        .map(Taken::of)
        .forEach(clinicianTaken::add);
    roomBookings.stream()
        .filter(s -> !s.id().equals(ignored))
        .map(Taken::of)
        .forEach(roomTaken::add);
    dyadBookings.stream()
        .filter(s -> !s.id().equals(ignored))
        .map(Taken::of)
        .forEach(dyadTaken::add);
  }

  /** Everything that stops a booking of [start, end); empty when the time is free. */
  public List<String> problems(
      Instant start, Instant end, Instant blockedFrom, Instant blockedUntil) {
    var problems = new ArrayList<String>();
    var localStart = start.atZone(zone);
    var localEnd = end.atZone(zone);
    var withinHours =
        localStart.toLocalDate().equals(localEnd.toLocalDate())
            && hours.stream()
                .anyMatch(
                    h ->
                        h.day() == localStart.getDayOfWeek()
                            && h.covers(localStart.toLocalTime(), localEnd.toLocalTime()));
    if (checksHours && !withinHours) {
      problems.add(
          "outside "
              + clinician
              + "'s working hours ("
              + (hours.isEmpty() ? "none set at this centre" : Availability.describe(hours))
              + ")");
    }
    away.stream()
        .filter(x -> x.startsAt().isBefore(blockedUntil) && x.endsAt().isAfter(blockedFrom))
        .findFirst()
        .ifPresent(
            x ->
                problems.add(
                    clinician
                        + " is away ("
                        + Codes.of(x.kind())
                        + ") until "
                        + local(x.endsAt())));
    clinicianTaken.stream()
        .filter(t -> t.blockOverlaps(blockedFrom, blockedUntil))
        .findFirst()
        .ifPresent(t -> problems.add(clinician + " already has a session at " + local(t.start())));
    if (roomName != null) {
      roomTaken.stream()
          .filter(t -> t.overlaps(start, end))
          .findFirst()
          .ifPresent(t -> problems.add(roomName + " is booked at " + local(t.start())));
    }
    dyadTaken.stream()
        .filter(t -> t.overlaps(start, end))
        .findFirst()
        .ifPresent(t -> problems.add("the dyad already has a session at " + local(t.start())));
    return problems;
  }

  /** Holds a time for a later occurrence of the same series. */
  public void reserve(Instant start, Instant end, Instant blockedFrom, Instant blockedUntil) {
    var taken = new Taken(start, end, blockedFrom, blockedUntil);
    clinicianTaken.add(taken);
    if (roomName != null) {
      roomTaken.add(taken);
    }
    dyadTaken.add(taken);
  }

  public String local(Instant instant) {
    return instant.atZone(zone).format(LOCAL);
  }

  public ZoneId zone() {
    return zone;
  }

  List<WorkingHours> hours() {
    return hours;
  }
}
