package care.dyad.episode.boundary;

import care.dyad.episode.entity.Dropout;
import care.dyad.episode.entity.Episode;
import care.dyad.programme.entity.CarePlan;
import care.dyad.referral.entity.Dyad;
import care.dyad.shared.Codes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An episode as a scheduler may see it: who, where, status, dose and dropout; never diagnosis,
 * scores or notes.
 */
public record EpisodeSummary(
    UUID id,
    String centreId,
    String timeZone,
    UUID referralId,
    UUID dyadId,
    String status,
    Instant openedAt,
    Instant closedAt,
    String childName,
    String caregiverName,
    boolean baselineRecorded,
    boolean developmentalAssessmentRequired,
    boolean developmentalAssessmentRecorded,
    DoseProgress dose,
    Dropout dropout)
    implements EpisodeRecord {

  /** zone: the centre's time zone, in which staff enter and read its times. */
  static EpisodeSummary of(
      Episode episode, Dyad dyad, CarePlan plan, Dropout dropout, ZoneId zone) {
    var child = dyad.child();
    return new EpisodeSummary(
        episode.id(),
        episode.centreId(),
        zone.getId(),
        episode.referralId(),
        episode.dyadId(),
        Codes.of(episode.status()),
        episode.openedAt(),
        episode.closedAt(),
        child.givenName() + " " + child.familyName(),
        dyad.caregiver().fullName(),
        episode.hasBaseline(),
        episode.developmentalAssessmentRequired(),
        episode.developmentalAssessmentDone(),
        DoseProgress.of(plan, episode.attendedSessions()),
        dropout);
  }
}
