package care.dyad.episode.boundary;

import care.dyad.episode.entity.Episode;
import care.dyad.referral.entity.Dyad;
import care.dyad.shared.Codes;
import java.time.Instant;
import java.util.UUID;

/** An episode as a scheduler may see it: who and where, never diagnosis, scores or notes. */
public record EpisodeSummary(
    UUID id,
    String centreId,
    UUID referralId,
    UUID dyadId,
    String status,
    Instant openedAt,
    String childName,
    String caregiverName) {

  static EpisodeSummary of(Episode episode, Dyad dyad) {
    var child = dyad.child();
    return new EpisodeSummary(
        episode.id(),
        episode.centreId(),
        episode.referralId(),
        episode.dyadId(),
        Codes.of(episode.status()),
        episode.openedAt(),
        child.givenName() + " " + child.familyName(),
        dyad.caregiver().fullName());
  }
}
