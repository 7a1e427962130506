package care.dyad.assessment.boundary;

import care.dyad.assessment.control.AssessmentRepository;
import care.dyad.assessment.entity.Assessment;
import care.dyad.assessment.entity.TimePoint;
import care.dyad.episode.control.EpisodeRepository;
import care.dyad.episode.entity.Episode;
import care.dyad.programme.control.InstrumentCatalogue;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Recording and reading scores: clinicians of the episode's centre only. */
@Stateless
@RolesAllowed(Roles.CLINICIAN)
public class Assessments {

  @Inject CurrentCaller caller;
  @Inject EpisodeRepository episodes;
  @Inject InstrumentCatalogue instruments;
  @Inject AssessmentRepository assessments;

  public AssessmentView record(UUID episodeId, NewAssessment request) {
    var episode = episode(episodeId);
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
              + " is already recorded for this episode.");
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
    return AssessmentView.of(assessment);
  }

  public List<AssessmentView> ofEpisode(UUID episodeId) {
    return assessments.ofEpisode(episode(episodeId).id()).stream().map(AssessmentView::of).toList();
  }

  private Episode episode(UUID id) {
    return episodes
        .find(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Episode", id));
  }
}
