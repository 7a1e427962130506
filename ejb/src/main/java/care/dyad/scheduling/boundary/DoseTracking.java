package care.dyad.scheduling.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.episode.control.EpisodeRepository;
import care.dyad.episode.entity.Episode;
import care.dyad.episode.entity.EpisodeStatus;
import care.dyad.programme.control.ProgrammeCatalogue;
import care.dyad.scheduling.control.DoseTracker;
import care.dyad.scheduling.control.DoseTracker.Dose;
import care.dyad.scheduling.control.SessionRepository;
import care.dyad.scheduling.entity.TherapySession;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.shared.Settings;
import care.dyad.staff.control.CentreCalendar;
import care.dyad.staff.control.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Dose progress per episode, and the list of re-measurements that are late. */
@Stateless
@RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN})
public class DoseTracking {

  @Inject CurrentCaller caller;
  @Inject EpisodeRepository episodes;
  @Inject ProgrammeCatalogue programmes;
  @Inject SessionRepository sessions;
  @Inject Settings settings;
  @Inject CentreCalendar calendar;

  @Audited(action = "episode.dose")
  public DoseView dose(UUID episodeId) {
    var episode =
        episodes
            .find(episodeId, caller.get().centres())
            .orElseThrow(() -> DomainException.notFound("Episode", episodeId));
    var plan =
        programmes
            .carePlanOf(episodeId)
            .orElseThrow(() -> DomainException.conflict("The episode has no care plan yet."));
    var zone = calendar.zoneOf(episode.centreId());
    var dose =
        DoseTracker.track(
            episode,
            plan,
            sessions.ofEpisode(episodeId),
            zone,
            Instant.now(),
            settings.atRiskGap(),
            settings.remeasurementGrace());
    return DoseView.of(episodeId, episode.centreId(), plan.programmeCode(), dose);
  }

  /** Re-measurements past due (plus grace) in the caller's centres, most overdue first. */
  @Audited(action = "episode.overdue-remeasurements")
  public List<LateRemeasurement> overdue() {
    var late = new ArrayList<LateRemeasurement>();
    for (var tracked : trackedInCallersCentres(EnumSet.allOf(EpisodeStatus.class))) {
      tracked.dose().remeasurements().stream()
          .filter(m -> m.status().equals("overdue"))
          .forEach(
              m ->
                  late.add(
                      new LateRemeasurement(
                          tracked.episode().id(),
                          tracked.episode().centreId(),
                          tracked.childName(),
                          m.timePoint(),
                          m.dueOn())));
    }
    late.sort((a, b) -> a.dueOn().compareTo(b.dueOn()));
    return late;
  }

  /** Episodes flagged at risk (missed sessions or a long gap) in the caller's centres. */
  @Audited(action = "episode.at-risk")
  public List<AtRiskEpisode> atRisk() {
    return trackedInCallersCentres(
            EnumSet.of(EpisodeStatus.OPEN, EpisodeStatus.ASSESSING, EpisodeStatus.IN_TREATMENT))
        .stream()
        .filter(t -> t.dose().atRisk())
        .map(
            t ->
                new AtRiskEpisode(
                    t.episode().id(),
                    t.episode().centreId(),
                    t.childName(),
                    Codes.of(t.episode().status()),
                    t.programmeCode(),
                    t.dose().delivered(),
                    t.dose().authorised(),
                    t.dose().atRiskReason()))
        .toList();
  }

  private record Tracked(Episode episode, String childName, String programmeCode, Dose dose) {}

  /** Episodes per page of the work below: three queries each, whatever the centre's size. */
  private static final int PAGE = 500;

  /**
   * The dose of every episode in these statuses with a care plan in the caller's centres, newest
   * first, read a page at a time so that no episode is left out however many there are.
   */
  private List<Tracked> trackedInCallersCentres(Set<EpisodeStatus> statuses) {
    var centres = caller.get().centres();
    var now = Instant.now();
    var tracked = new ArrayList<Tracked>();
    Episode after = null;
    while (true) {
      var rows = episodes.pageInCentres(centres, statuses, after, PAGE);
      if (rows.isEmpty()) {
        return tracked;
      }
      var ids = rows.stream().map(r -> r.episode().id()).toList();
      var plans = programmes.carePlansOf(ids);
      var byEpisode =
          sessions.ofEpisodes(ids).stream()
              .collect(Collectors.groupingBy(TherapySession::episodeId));
      for (var row : rows) {
        var episode = row.episode();
        var plan = plans.get(episode.id());
        if (plan == null) {
          continue;
        }
        var dose =
            DoseTracker.track(
                episode,
                plan,
                byEpisode.getOrDefault(episode.id(), List.of()),
                calendar.zoneOf(episode.centreId()),
                now,
                settings.atRiskGap(),
                settings.remeasurementGrace());
        var child = row.dyad().child();
        tracked.add(
            new Tracked(
                episode, child.givenName() + " " + child.familyName(), plan.programmeCode(), dose));
      }
      if (rows.size() < PAGE) {
        return tracked;
      }
      after = rows.get(rows.size() - 1).episode();
    }
  }
}
