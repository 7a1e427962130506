package care.dyad.scheduling.control;

import care.dyad.scheduling.entity.AvailabilityException;
import care.dyad.scheduling.entity.WorkingHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Decides whether times are free for a booking and finds free ones, against a {@link
 * BookingCalendar} loaded for the window in question.
 */
@ApplicationScoped
public class BookingDesk {

  private static final int STEP_MINUTES = 15;

  /** Who and what a booking involves, and the programme's spacing. */
  public record Resources(
      UUID episodeId,
      UUID dyadId,
      String centreId,
      ZoneId zone,
      String clinicianId,
      UUID roomId,
      String roomName,
      boolean homeVisit,
      Duration travel,
      Duration length,
      int intervalMinDays) {

    public Instant blockedFrom(Instant start) {
      return homeVisit ? start.minus(travel) : start;
    }

    public Instant blockedUntil(Instant start) {
      return homeVisit ? start.plus(length).plus(travel) : start.plus(length);
    }
  }

  @Inject SessionRepository sessions;
  @Inject Availability availability;
  @Inject BookingHorizon horizon;

  /** The commitments of the clinician, room and dyad between two instants. */
  public BookingCalendar calendar(Resources r, Instant from, Instant until, UUID ignoredSession) {
    var widerFrom = from.minus(r.travel()).minus(Duration.ofHours(4));
    var widerUntil = until.plus(r.travel()).plus(Duration.ofHours(4));
    return calendar(
        r,
        availability.hours(r.clinicianId(), r.centreId()),
        availability.exceptions(r.clinicianId(), widerFrom, widerUntil),
        sessions.holding(r.clinicianId(), r.roomId(), r.dyadId(), widerFrom, widerUntil),
        ignoredSession);
  }

  private static BookingCalendar calendar(
      Resources r,
      List<WorkingHours> hours,
      List<AvailabilityException> away,
      List<Hold> holding,
      UUID ignoredSession) {
    return new BookingCalendar(
        r.zone(),
        r.clinicianId(),
        hours,
        away,
        holding.stream().filter(s -> s.clinicianId().equals(r.clinicianId())).toList(),
        r.roomName(),
        holding.stream().filter(s -> r.roomId() != null && r.roomId().equals(s.roomId())).toList(),
        holding.stream().filter(s -> s.dyadId().equals(r.dyadId())).toList(),
        ignoredSession);
  }

  /**
   * In one query, what a single booking at {@code start} is checked against: the bookings holding
   * the clinician's, the room's or the dyad's time around it, and the episode's own bookings.
   */
  public List<Hold> holdingAround(Resources r, Instant start) {
    return sessions.holdingAndEpisode(
        r.episodeId(),
        r.clinicianId(),
        r.roomId(),
        r.dyadId(),
        r.blockedFrom(start),
        r.blockedUntil(start));
  }

  /**
   * Only the bookings holding the clinician's, the room's or the dyad's time around {@code start}:
   * enough for {@link #clashes}, and a few rows where the episode's bookings can be many.
   */
  public List<Hold> holdingNear(Resources r, Instant start) {
    return sessions.holding(
        r.clinicianId(), r.roomId(), r.dyadId(), r.blockedFrom(start), r.blockedUntil(start));
  }

  /**
   * Which of those bookings clash with {@code start}: the quick check a request that lost a race
   * fails, before the working hours, absences and spacing are read. Any of the episode's other
   * bookings in the list are far from {@code start} or are the dyad's, so they clash only when they
   * should.
   */
  public List<String> clashes(Resources r, Instant start, List<Hold> holding, UUID ignoredSession) {
    return calendar(r, null, List.of(), holding, ignoredSession)
        .problems(start, start.plus(r.length()), r.blockedFrom(start), r.blockedUntil(start));
  }

  /** The full calendar around one booking, from what was already read. */
  public BookingCalendar calendarAround(
      Resources r, List<Hold> holding, WorkingTimes.WorkingTime workingTime, UUID ignoredSession) {
    return calendar(r, workingTime.hours(), workingTime.away(), holding, ignoredSession);
  }

  /** Every problem with booking at {@code start}, the programme's spacing included. */
  public List<Problem> check(
      Resources r, BookingCalendar calendar, Instant start, List<Instant> episodeStarts) {
    var problems = new ArrayList<Problem>();
    calendar
        .problems(start, start.plus(r.length()), r.blockedFrom(start), r.blockedUntil(start))
        .forEach(message -> problems.add(new Problem(message, false)));
    // Calendar days in the centre's zone: a week is seven days across a clock change too.
    var day = LocalDate.ofInstant(start, r.zone());
    var window = Duration.ofDays(r.intervalMinDays() + 2L);
    for (var other : episodeStarts) {
      if (Duration.between(other, start).abs().compareTo(window) > 0) {
        continue; // days apart whatever the clocks did; spares a time-zone lookup per session
      }
      var days = Math.abs(ChronoUnit.DAYS.between(LocalDate.ofInstant(other, r.zone()), day));
      if (days < r.intervalMinDays()) {
        problems.add(
            new Problem(
                "closer than the programme's minimum interval of "
                    + r.intervalMinDays()
                    + " days to the session at "
                    + calendar.local(other)
                    + " (send overrideIntervalReason to book anyway)",
                true));
        break;
      }
    }
    return problems;
  }

  /**
   * The next free slots from a day on: each at least {@code cadenceDays} after the previous one (0
   * for back-to-back alternatives), within the clinician's hours, with the room and dyad free.
   */
  public List<Instant> freeSlots(
      Resources r, LocalDate from, int count, int cadenceDays, List<Instant> episodeStarts) {
    // Far enough for the slots at the cadence and some weeks of full calendars, not beyond what may
    // be booked at all.
    var lastDay =
        min(
            from.plusDays((long) Math.max(1, cadenceDays) * count + 42),
            LocalDate.ofInstant(horizon.end(r.zone()), r.zone()));
    var windowStart = from.atStartOfDay(r.zone()).toInstant();
    var windowEnd = lastDay.atStartOfDay(r.zone()).toInstant();
    var calendar = calendar(r, windowStart, windowEnd, null);
    var starts = new ArrayList<>(episodeStarts);
    var found = new ArrayList<Instant>();
    var day = from;
    var notBefore = Instant.now().plus(Duration.ofMinutes(STEP_MINUTES));
    while (found.size() < count && day.isBefore(lastDay)) {
      var slot = firstFreeOn(r, calendar, day, notBefore, starts);
      if (slot == null) {
        day = day.plusDays(1);
        continue;
      }
      found.add(slot);
      starts.add(slot);
      calendar.reserve(slot, slot.plus(r.length()), r.blockedFrom(slot), r.blockedUntil(slot));
      if (cadenceDays > 0) {
        day = day.plusDays(cadenceDays);
      } else {
        notBefore = slot.plus(r.length());
      }
    }
    return found;
  }

  private Instant firstFreeOn(
      Resources r,
      BookingCalendar calendar,
      LocalDate day,
      Instant notBefore,
      List<Instant> starts) {
    var length = (int) r.length().toMinutes();
    for (var block : calendar.hours()) {
      if (block.day() != day.getDayOfWeek()) {
        continue;
      }
      var last = block.endsAt().toSecondOfDay() / 60 - length;
      for (var minute = block.startsAt().toSecondOfDay() / 60;
          minute <= last;
          minute += STEP_MINUTES) {
        var start = day.atTime(LocalTime.ofSecondOfDay(minute * 60L)).atZone(r.zone()).toInstant();
        if (!start.isBefore(notBefore) && check(r, calendar, start, starts).isEmpty()) {
          return start;
        }
      }
    }
    return null;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** One reason a time cannot be booked; an interval problem can be overridden with a reason. */
  public record Problem(String message, boolean overridable) {}
}
