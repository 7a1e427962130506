package care.dyad.scheduling.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.episode.control.EpisodeRepository;
import care.dyad.episode.entity.Episode;
import care.dyad.programme.control.ProgrammeCatalogue;
import care.dyad.scheduling.boundary.SchedulingRequests.Cancellation;
import care.dyad.scheduling.boundary.SchedulingRequests.NewSeries;
import care.dyad.scheduling.boundary.SchedulingRequests.NewSession;
import care.dyad.scheduling.boundary.SchedulingRequests.Reschedule;
import care.dyad.scheduling.control.BookingCalendar;
import care.dyad.scheduling.control.BookingDesk;
import care.dyad.scheduling.control.BookingHorizon;
import care.dyad.scheduling.control.BookingPreparation;
import care.dyad.scheduling.control.BookingPreparation.Prepared;
import care.dyad.scheduling.control.EpisodeBookings;
import care.dyad.scheduling.control.Numbering;
import care.dyad.scheduling.control.SessionRepository;
import care.dyad.scheduling.control.WorkingTimes;
import care.dyad.scheduling.entity.ChangeReason;
import care.dyad.scheduling.entity.SessionStatus;
import care.dyad.scheduling.entity.TherapySession;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.entity.Centre;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Booking, moving and cancelling sessions, and recording what happened. */
@Stateless
@RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN})
public class Sessions {

  /** What a clinician records after the session's time. */
  private static final List<SessionStatus> RECORDABLE_OUTCOMES =
      List.of(SessionStatus.ATTENDED, SessionStatus.DID_NOT_ATTEND, SessionStatus.CANCELLED_LATE);

  @Inject CurrentCaller caller;
  @Inject EpisodeRepository episodes;
  @Inject ProgrammeCatalogue programmes;
  @Inject SessionRepository sessions;
  @Inject BookingPreparation preparation;
  @Inject BookingDesk desk;
  @Inject BookingHorizon horizon;
  @Inject WorkingTimes workingTimes;
  @PersistenceContext EntityManager em;

  /** Books session k of N, refused with every conflict named. */
  @Audited(action = "session.book")
  public SessionView book(
      UUID episodeId,
      @NotNull(message = "a JSON request body is required") @Valid NewSession request) {
    var prepared =
        preparation.prepare(
            caller.get(),
            episodeId,
            request.clinicianId(),
            request.roomId(),
            request.homeVisit(),
            request.durationMinutes());
    // The dose is counted under the locks, like everything else that races.
    return bookChecked(
        prepared, request.startsAt().toInstant(), request.overrideIntervalReason(), null);
  }

  /**
   * Books a whole series at a cadence, all or nothing: on any conflict nothing is booked and the
   * answer lists every conflicting date with free alternatives.
   */
  @Audited(action = "session.book-series")
  public List<SessionView> bookSeries(
      UUID episodeId,
      @NotNull(message = "a JSON request body is required") @Valid NewSeries request) {
    var prepared =
        preparation.prepare(
            caller.get(),
            episodeId,
            request.clinicianId(),
            request.roomId(),
            request.homeVisit(),
            request.durationMinutes());
    var bookings = sessions.bookingsOf(episodeId);
    requireDoseLeft(prepared, bookings, request.count());
    var r = prepared.resources();
    var interval = request.intervalDays() == null ? r.intervalMinDays() : request.intervalDays();
    if (!request.firstStartsAt().toInstant().isAfter(Instant.now())) {
      throw DomainException.invalid("firstStartsAt", "firstStartsAt must be in the future.");
    }
    var firstLocal = request.firstStartsAt().atZoneSameInstant(r.zone()).toLocalDateTime();
    var starts = new ArrayList<Instant>();
    for (int i = 0; i < request.count(); i++) {
      // Same wall-clock time every occurrence, so a series across a DST change stays at 10:00.
      starts.add(firstLocal.plusDays((long) i * interval).atZone(r.zone()).toInstant());
    }
    horizon.require(
        starts.get(starts.size() - 1), r.zone(), "firstStartsAt", "The series' last session");
    var conflicts =
        seriesConflicts(prepared, bookings, starts, request.overrideIntervalReason(), true);
    if (conflicts.isEmpty()) {
      // Checked again under the locks, for bookings racing this series.
      preparation.lock(prepared);
      bookings = sessions.bookingsOf(episodeId);
      requireDoseLeft(prepared, bookings, request.count());
      conflicts =
          seriesConflicts(prepared, bookings, starts, request.overrideIntervalReason(), false);
    }
    if (!conflicts.isEmpty()) {
      throw DomainException.conflict(
          conflicts.size()
              + " of the "
              + starts.size()
              + " sessions clash; nothing was booked. See conflicts for each date and free"
              + " alternatives.",
          conflicts);
    }
    var booked = new ArrayList<TherapySession>();
    for (var start : starts) {
      var session =
          new TherapySession(
              BookingPreparation.booking(r, start, request.overrideIntervalReason(), null),
              caller.get().subject(),
              Instant.now());
      sessions.add(session);
      booked.add(session);
    }
    sessions.flush();
    var numbers = Numbering.of(sessions.ofEpisode(episodeId));
    var n = prepared.plan().authorisedSessions();
    return booked.stream().map(s -> SessionView.of(s, r.zone(), numbers.get(s.id()), n)).toList();
  }

  /** Every clashing occurrence of a series, with free alternatives when asked for. */
  private List<SeriesConflict> seriesConflicts(
      Prepared prepared,
      EpisodeBookings bookings,
      List<Instant> starts,
      String overrideIntervalReason,
      boolean alternatives) {
    var r = prepared.resources();
    var calendar = desk.calendar(r, starts.get(0), starts.get(starts.size() - 1), null);
    var held = new ArrayList<>(bookings.startsExcept(null));
    var conflicts = new ArrayList<SeriesConflict>();
    for (int i = 0; i < starts.size(); i++) {
      var start = starts.get(i);
      var problems =
          desk.check(r, calendar, start, held).stream()
              .filter(p -> !(p.overridable() && hasText(overrideIntervalReason)))
              .map(BookingDesk.Problem::message)
              .toList();
      if (!problems.isEmpty()) {
        var free =
            alternatives
                ? desk.freeSlots(r, start.atZone(r.zone()).toLocalDate(), 3, 0, held).stream()
                    .map(slot -> LocalDateTime.ofInstant(slot, r.zone()))
                    .toList()
                : List.<LocalDateTime>of();
        conflicts.add(
            new SeriesConflict(
                i + 1, start, LocalDateTime.ofInstant(start, r.zone()), problems, free));
      }
      held.add(start);
      calendar.reserve(start, start.plus(r.length()), r.blockedFrom(start), r.blockedUntil(start));
    }
    return conflicts;
  }

  /** Moves a booking: the original stays as rescheduled, the new one points back to it. */
  @Audited(action = "session.reschedule")
  public SessionView reschedule(
      UUID sessionId,
      @NotNull(message = "a JSON request body is required") @Valid Reschedule request) {
    var reason = Codes.parse(ChangeReason.class, request.reason(), "reason");
    var original = session(sessionId);
    var prepared =
        preparation.prepare(
            caller.get(),
            original.episodeId(),
            original.clinicianId(),
            original.roomId(),
            original.homeVisit(),
            (int) java.time.Duration.between(original.startsAt(), original.endsAt()).toMinutes());
    // Locked before the original booking's row is written: every path that locks the episode
    // and then writes bookings (closing, outcomes) takes them in that order too.
    preparation.lock(prepared);
    var now = Instant.now();
    original.rescheduled(reason, request.note(), caller.get().subject(), now);
    return bookChecked(
        prepared, request.startsAt().toInstant(), request.overrideIntervalReason(), original.id());
  }

  @Audited(action = "session.cancel")
  public SessionView cancel(
      UUID sessionId,
      @NotNull(message = "a JSON request body is required") @Valid Cancellation request) {
    var reason = Codes.parse(ChangeReason.class, request.reason(), "reason");
    var session = session(sessionId);
    session.cancel(reason, request.note(), caller.get().subject(), Instant.now());
    return view(session);
  }

  /**
   * Records a session's outcome. A session cannot count as delivered before the episode has a
   * baseline measurement: without one, no change can ever be shown to a payer.
   */
  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "session.outcome")
  public SessionView recordOutcome(
      UUID sessionId,
      @NotNull(message = "a JSON request body is required") @Valid SessionOutcome request) {
    var outcome = Codes.parse(SessionStatus.class, request.outcome(), "outcome");
    if (!RECORDABLE_OUTCOMES.contains(outcome)) {
      throw DomainException.invalid(
          "outcome",
          "outcome must be one of "
              + RECORDABLE_OUTCOMES.stream().map(Codes::of).collect(Collectors.joining(", "))
              + "; a session is booked, moved or cancelled through its own requests.");
    }
    var session = session(sessionId);
    var episode =
        episodes
            .findForUpdate(session.episodeId(), caller.get().centres())
            .orElseThrow(() -> DomainException.notFound("Episode", session.episodeId()));
    // A closed episode's dose and dropout are settled, and payers may already hold them.
    if (episode.isClosed()) {
      throw DomainException.conflict(
          "The episode is "
              + Codes.of(episode.status())
              + "; session outcomes are recorded before an episode is closed.");
    }
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
    return view(session);
  }

  /** All bookings of the episode, cancelled and moved ones included, with k of N. */
  @Audited(action = "session.list", target = "episode")
  public List<SessionView> ofEpisode(UUID episodeId) {
    var episode = episode(episodeId);
    var all = sessions.ofEpisode(episode.id());
    var numbers = Numbering.of(all);
    var n = programmes.carePlanOf(episodeId).map(p -> p.authorisedSessions()).orElse(null);
    var zone = zone(episode.centreId());
    return all.stream().map(s -> SessionView.of(s, zone, numbers.get(s.id()), n)).toList();
  }

  private SessionView bookChecked(
      Prepared prepared, Instant start, String overrideIntervalReason, UUID replaces) {
    if (!start.isAfter(Instant.now())) {
      throw DomainException.invalid("startsAt", "startsAt must be in the future.");
    }
    var r = prepared.resources();
    horizon.require(start, r.zone(), "startsAt", "startsAt");
    // A clash already committed is refused before queueing for the locks: a request that lost a
    // race for this time leaves at once instead of waiting its turn behind the other losers.
    refuseIfAny(prepared, start, desk.clashes(r, start, desk.holdingNear(r, start), replaces));
    // The lock answers the clinician's availability version: hours and absences come from
    // memory unless they changed since they were last read.
    var workingTime = workingTimes.at(r.clinicianId(), r.centreId(), preparation.lock(prepared));
    // Read again under all the locks, in one query: what holds the clinician's, the room's or the
    // dyad's time around the start, and the episode's bookings.
    var holding = desk.holdingAround(r, start);
    refuseIfAny(prepared, start, desk.clashes(r, start, holding, replaces));
    var bookings =
        new EpisodeBookings(
            holding.stream().filter(h -> h.episodeId().equals(r.episodeId())).toList());
    if (replaces == null) {
      requireDoseLeft(prepared, bookings, 1);
    }
    var calendar = desk.calendarAround(r, holding, workingTime, replaces);
    refuseIfAny(
        prepared,
        start,
        desk.check(r, calendar, start, bookings.startsExcept(replaces)).stream()
            .filter(p -> !(p.overridable() && hasText(overrideIntervalReason)))
            .map(BookingDesk.Problem::message)
            .toList());
    var session =
        new TherapySession(
            BookingPreparation.booking(r, start, blankToNull(overrideIntervalReason), replaces),
            caller.get().subject(),
            Instant.now());
    sessions.add(session);
    // The database's exclusion constraints are the last word; surface a clash inside the call.
    sessions.flush();
    return SessionView.of(
        session, r.zone(), bookings.numberAt(start), prepared.plan().authorisedSessions());
  }

  private static void refuseIfAny(Prepared prepared, Instant start, List<String> problems) {
    if (!problems.isEmpty()) {
      var local = start.atZone(prepared.resources().zone()).format(BookingCalendar.LOCAL);
      throw DomainException.conflict(
          "Cannot book " + local + ": " + String.join("; ", problems) + ".");
    }
  }

  private static void requireDoseLeft(Prepared prepared, EpisodeBookings bookings, int wanted) {
    var counted = bookings.countedAgainstDose();
    var authorised = prepared.plan().authorisedSessions();
    if (counted + wanted > authorised) {
      throw DomainException.conflict(
          "Beyond the dose: "
              + counted
              + " of "
              + authorised
              + " sessions are booked or delivered"
              + (wanted > 1 ? " and " + wanted + " more were asked for" : "")
              + "; a clinician can authorise a dose extension with a justification.");
    }
  }

  private SessionView view(TherapySession session) {
    var numbers = Numbering.of(sessions.ofEpisode(session.episodeId()));
    var n =
        programmes.carePlanOf(session.episodeId()).map(p -> p.authorisedSessions()).orElse(null);
    return SessionView.of(session, zone(session.centreId()), numbers.get(session.id()), n);
  }

  private ZoneId zone(String centreId) {
    return em.find(Centre.class, centreId).timeZone();
  }

  private TherapySession session(UUID id) {
    return sessions
        .find(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Session", id));
  }

  private Episode episode(UUID id) {
    return episodes
        .find(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Episode", id));
  }

  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }

  private static String blankToNull(String text) {
    return hasText(text) ? text.trim() : null;
  }
}
