package care.dyad.scheduling.control;

import care.dyad.episode.entity.Episode;
import care.dyad.episode.entity.EpisodeStatus;
import care.dyad.programme.entity.CarePlan;
import care.dyad.scheduling.entity.SessionStatus;
import care.dyad.scheduling.entity.TherapySession;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Dose arithmetic for one episode: planned, booked, delivered, remaining, when it will end, whether
 * the family is slipping away, and which re-measurements are due or late.
 */
public final class DoseTracker {

  /** Planned and delivered dose, with the projection and the at-risk verdict. */
  public record Dose(
      int planned,
      int authorised,
      int booked,
      int delivered,
      int remaining,
      LocalDate projectedEnd,
      boolean atRisk,
      String atRiskReason,
      List<Remeasurement> remeasurements) {}

  /** A re-measurement the programme's schedule calls for. */
  public record Remeasurement(String timePoint, LocalDate dueOn, String status) {}

  private DoseTracker() {}

  public static Dose track(
      Episode episode,
      CarePlan plan,
      List<TherapySession> sessions,
      ZoneId zone,
      Instant now,
      Duration atRiskGap,
      Duration grace) {
    var ordered = sessions.stream().sorted(Comparator.comparing(TherapySession::startsAt)).toList();
    var attended = ordered.stream().filter(s -> s.status() == SessionStatus.ATTENDED).toList();
    var booked = (int) ordered.stream().filter(s -> s.status() == SessionStatus.BOOKED).count();
    var authorised = plan.authorisedSessions();
    var delivered = attended.size();
    var unbooked = Math.max(0, authorised - delivered - booked);
    var lastHeld =
        ordered.stream()
            .filter(s -> s.status() == SessionStatus.BOOKED || s.status() == SessionStatus.ATTENDED)
            .map(TherapySession::startsAt)
            .reduce((a, b) -> b)
            .map(i -> i.atZone(zone).toLocalDate())
            .orElse(now.atZone(zone).toLocalDate());
    var projectedEnd = lastHeld.plusDays((long) unbooked * plan.dose().intervalMinDays());

    String atRisk = null;
    var withOutcome =
        ordered.stream()
            .filter(
                s ->
                    s.status() == SessionStatus.ATTENDED
                        || s.status() == SessionStatus.DID_NOT_ATTEND
                        || s.status() == SessionStatus.CANCELLED_LATE)
            .toList();
    if (withOutcome.size() >= 2
        && withOutcome.get(withOutcome.size() - 1).status() == SessionStatus.DID_NOT_ATTEND
        && withOutcome.get(withOutcome.size() - 2).status() == SessionStatus.DID_NOT_ATTEND) {
      atRisk = "two consecutive did-not-attends";
    } else if (episode.status() == EpisodeStatus.IN_TREATMENT) {
      var since =
          episode.lastAttendedAt() != null
              ? episode.lastAttendedAt()
              : episode.treatmentStartedAt();
      if (since != null && since.plus(atRiskGap).isBefore(now)) {
        atRisk = "no attended session for " + Duration.between(since, now).toDays() / 7 + " weeks";
      }
    }

    var today = now.atZone(zone).toLocalDate();
    var remeasurements = new ArrayList<Remeasurement>();
    if (plan.dose().midAfterSession() != null) {
      var due =
          delivered >= plan.dose().midAfterSession()
              ? date(attended.get(plan.dose().midAfterSession() - 1), zone)
              : null;
      remeasurements.add(status("mid", due, episode.hasMeasurement("mid"), today, grace));
    }
    LocalDate endDue = null;
    if (delivered >= authorised && delivered > 0) {
      endDue = date(attended.get(delivered - 1), zone);
    } else if (episode.status() == EpisodeStatus.COMPLETED
        || episode.status() == EpisodeStatus.DROPPED_OUT) {
      endDue = episode.closedAt().atZone(zone).toLocalDate();
    }
    remeasurements.add(status("end", endDue, episode.hasMeasurement("end"), today, grace));
    if (plan.dose().followUpWeeks() != null) {
      var followUpDue = endDue == null ? null : endDue.plusWeeks(plan.dose().followUpWeeks());
      remeasurements.add(
          status("follow-up", followUpDue, episode.hasMeasurement("follow-up"), today, grace));
    }
    return new Dose(
        plan.dose().plannedSessions(),
        authorised,
        booked,
        delivered,
        Math.max(0, authorised - delivered),
        projectedEnd,
        atRisk != null,
        atRisk,
        remeasurements);
  }

  private static LocalDate date(TherapySession session, ZoneId zone) {
    return session.startsAt().atZone(zone).toLocalDate();
  }

  private static Remeasurement status(
      String timePoint, LocalDate due, boolean recorded, LocalDate today, Duration grace) {
    String status;
    if (recorded) {
      status = "recorded";
    } else if (due == null || due.isAfter(today)) {
      status = "not-yet-due";
    } else if (today.isAfter(due.plusDays(grace.toDays()))) {
      status = "overdue";
    } else {
      status = "due";
    }
    return new Remeasurement(timePoint, due, status);
  }
}
