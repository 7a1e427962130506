package care.dyad.episode.boundary;

import care.dyad.episode.entity.Episode;
import care.dyad.episode.entity.Icd11Code;
import care.dyad.referral.entity.Dyad;
import java.time.Instant;
import java.util.UUID;

/** An episode as its clinicians see it, diagnosis included. */
public record EpisodeView(
    UUID id,
    String centreId,
    UUID referralId,
    UUID dyadId,
    String status,
    Instant openedAt,
    Instant closedAt,
    String childName,
    String caregiverName,
    Diagnosis diagnosis) {

  /** The ICD-11 MMS diagnosis and whether a clinician has confirmed it. */
  public record Diagnosis(String system, String code, String display, String verification) {}

  static EpisodeView of(Episode episode, Dyad dyad) {
    var summary = EpisodeSummary.of(episode, dyad);
    return new EpisodeView(
        summary.id(),
        summary.centreId(),
        summary.referralId(),
        summary.dyadId(),
        summary.status(),
        summary.openedAt(),
        episode.closedAt(),
        summary.childName(),
        summary.caregiverName(),
        new Diagnosis(
            Icd11Code.SYSTEM,
            episode.diagnosis().code(),
            episode.diagnosis().display(),
            episode.diagnosisConfirmed() ? "confirmed" : "provisional"));
  }
}
