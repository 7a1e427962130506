package care.dyad.scheduling.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.episode.control.EpisodeRepository;
import care.dyad.episode.entity.Episode;
import care.dyad.programme.control.ProgrammeCatalogue;
import care.dyad.scheduling.control.DoseTracker;
import care.dyad.scheduling.control.DoseTracker.Dose;
import care.dyad.scheduling.control.SessionRepository;
import care.dyad.scheduling.entity.TherapySession;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.shared.Settings;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.entity.Centre;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
  @PersistenceContext EntityManager em;

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
    var zone = em.find(Centre.class, episode.centreId()).timeZone();
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
    for (var tracked : trackedInCallersCentres()) {
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
    return trackedInCallersCentres().stream()
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

  /** The dose of every episode with a care plan in the caller's centres, in three queries. */
  private List<Tracked> trackedInCallersCentres() {
    var rows = episodes.inCentres(caller.get().centres(), null, 500);
    var ids = rows.stream().map(r -> r.episode().id()).toList();
    var plans = programmes.carePlansOf(ids);
    var byEpisode =
        sessions.ofEpisodes(ids).stream().collect(Collectors.groupingBy(TherapySession::episodeId));
    var now = Instant.now();
    var tracked = new ArrayList<Tracked>();
    for (var row : rows) {
      var episode = row.episode();
      var plan = plans.get(episode.id());
      if (plan == null) {
        continue;
      }
      var zone = em.find(Centre.class, episode.centreId()).timeZone();
      var dose =
          DoseTracker.track(
              episode,
              plan,
              byEpisode.getOrDefault(episode.id(), List.of()),
              zone,
              now,
              settings.atRiskGap(),
              settings.remeasurementGrace());
      var child = row.dyad().child();
      tracked.add(
          new Tracked(
              episode, child.givenName() + " " + child.familyName(), plan.programmeCode(), dose));
    }
    return tracked;
  }
}
