package care.dyad.assessment.boundary;

import care.dyad.assessment.control.AssessmentRepository;
import care.dyad.assessment.control.ReliableChange;
import care.dyad.assessment.entity.Assessment;
import care.dyad.assessment.entity.AssessmentRecorded;
import care.dyad.assessment.entity.TimePoint;
import care.dyad.audit.control.Audited;
import care.dyad.episode.control.EpisodeRepository;
import care.dyad.episode.entity.Episode;
import care.dyad.programme.control.InstrumentCatalogue;
import care.dyad.programme.entity.Instrument;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recording, amending and reading scores: clinicians of the episode's centre only. */
@Stateless
@RolesAllowed(Roles.CLINICIAN)
public class Assessments {

  @Inject CurrentCaller caller;
  @Inject EpisodeRepository episodes;
  @Inject InstrumentCatalogue instruments;
  @Inject AssessmentRepository assessments;
  @Inject Event<AssessmentRecorded> recorded;

  @Audited(action = "assessment.record")
  public AssessmentView record(
      UUID episodeId,
      @NotNull(message = "a JSON request body is required") @Valid NewAssessment request) {
    var episode = episodeForUpdate(episodeId);
    if (episode.isClosed()) {
      throw DomainException.conflict(
          "Episode "
              + episodeId
              + " is "
              + Codes.of(episode.status())
              + "; it takes no new scores.");
    }
    var instrument = instruments.require(request.instrumentCode());
    var timePoint = Codes.parse(TimePoint.class, request.timePoint(), "timePoint");
    if (assessments.exists(episodeId, instrument.code(), timePoint)) {
      throw DomainException.conflict(
          "A "
              + Codes.of(timePoint)
              + " score for "
              + instrument.name()
              + " is already recorded for this episode; amend it instead.");
    }
    var now = Instant.now();
    var assessment =
        new Assessment(
            episodeId,
            instrument,
            timePoint,
            request.score(),
            request.category(),
            request.assessedAt() == null ? now : request.assessedAt(),
            caller.get().subject(),
            now);
    assessments.add(assessment);
    episode.measured(Codes.of(timePoint));
    recorded.fire(new AssessmentRecorded(episodeId, Codes.of(timePoint)));
    return AssessmentView.of(assessment, List.of());
  }

  /** Amends a score: the original and every earlier amendment stay on record. */
  @Audited(action = "assessment.amend")
  public AssessmentView amend(
      UUID episodeId,
      UUID assessmentId,
      @NotNull(message = "a JSON request body is required") @Valid Amendment request) {
    episode(episodeId);
    var assessment =
        assessments
            .find(episodeId, assessmentId)
            .orElseThrow(() -> DomainException.notFound("Assessment", assessmentId));
    var amendment =
        assessment.amend(
            instruments.require(assessment.instrumentCode()),
            request.score(),
            request.category(),
            request.reason().trim(),
            caller.get().subject(),
            Instant.now());
    assessments.add(amendment);
    var history =
        new ArrayList<>(assessments.amendmentsOf(episodeId).getOrDefault(assessmentId, List.of()));
    if (!history.contains(amendment)) {
      history.add(amendment);
    }
    return AssessmentView.of(assessment, history);
  }

  @Audited(action = "assessment.list", target = "episode")
  public List<AssessmentView> ofEpisode(UUID episodeId) {
    episode(episodeId);
    var amendments = assessments.amendmentsOf(episodeId);
    return assessments.ofEpisode(episodeId).stream()
        .map(a -> AssessmentView.of(a, amendments.getOrDefault(a.id(), List.of())))
        .toList();
  }

  /** Per instrument: baseline, and each re-measurement's change and reliable-change verdict. */
  @Audited(action = "assessment.outcomes", target = "episode")
  public List<OutcomeView> outcomes(UUID episodeId) {
    var byInstrument = new LinkedHashMap<String, List<AssessmentView>>();
    for (var view : ofEpisode(episodeId)) {
      byInstrument.computeIfAbsent(view.instrumentCode(), code -> new ArrayList<>()).add(view);
    }
    var outcomes = new ArrayList<OutcomeView>();
    for (Map.Entry<String, List<AssessmentView>> entry : byInstrument.entrySet()) {
      outcomes.add(outcome(instruments.require(entry.getKey()), entry.getValue()));
    }
    return outcomes;
  }

  private static OutcomeView outcome(Instrument instrument, List<AssessmentView> scores) {
    var ordered =
        scores.stream()
            .sorted(
                Comparator.comparing(
                        (AssessmentView v) ->
                            Codes.parse(TimePoint.class, v.timePoint(), "timePoint"))
                    .thenComparing(AssessmentView::assessedAt))
            .toList();
    var baseline = ordered.stream().filter(v -> v.timePoint().equals("baseline")).findFirst();
    var later = new ArrayList<OutcomeView.Point>();
    for (var view : ordered) {
      if (baseline.isPresent() && view == baseline.get()) {
        continue;
      }
      later.add(point(instrument, baseline.orElse(null), view));
    }
    return new OutcomeView(
        instrument.code(),
        instrument.name(),
        instrument.domain(),
        Codes.of(instrument.direction()),
        instrument.clinicalCutoff(),
        instrument.reliableChange(),
        baseline
            .map(
                b ->
                    new OutcomeView.Point(
                        b.timePoint(), b.assessedAt(), b.score(), b.category(), null, null))
            .orElse(null),
        later);
  }

  private static OutcomeView.Point point(
      Instrument instrument, AssessmentView baseline, AssessmentView view) {
    if (baseline == null) {
      return new OutcomeView.Point(
          view.timePoint(), view.assessedAt(), view.score(), view.category(), null, "no-baseline");
    }
    if (view.score() != null) {
      return new OutcomeView.Point(
          view.timePoint(),
          view.assessedAt(),
          view.score(),
          null,
          view.score().subtract(baseline.score()),
          Codes.of(ReliableChange.numeric(instrument, baseline.score(), view.score())));
    }
    return new OutcomeView.Point(
        view.timePoint(),
        view.assessedAt(),
        null,
        view.category(),
        null,
        Codes.of(ReliableChange.categorical(instrument, baseline.category(), view.category())));
  }

  private Episode episode(UUID id) {
    return episodes
        .find(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Episode", id));
  }

  private Episode episodeForUpdate(UUID id) {
    return episodes
        .findForUpdate(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Episode", id));
  }
}
