package care.dyad.episode.boundary;

import care.dyad.episode.entity.Dropout;
import care.dyad.episode.entity.Episode;
import care.dyad.episode.entity.Icd11Code;
import care.dyad.programme.entity.CarePlan;
import care.dyad.referral.entity.Dyad;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** An episode as its clinicians see it: the scheduling facts plus diagnosis and closure. */
public record EpisodeView(
    UUID id,
    String centreId,
    String timeZone,
    UUID referralId,
    UUID dyadId,
    String status,
    Instant openedAt,
    Instant closedAt,
    String closeReason,
    String childName,
    String caregiverName,
    Diagnosis diagnosis,
    boolean baselineRecorded,
    boolean developmentalAssessmentRequired,
    boolean developmentalAssessmentRecorded,
    DoseProgress dose,
    Dropout dropout)
    implements EpisodeRecord {

  /** The ICD-11 MMS diagnosis and whether a clinician has confirmed it. */
  public record Diagnosis(String system, String code, String display, String verification) {

    static Diagnosis of(Icd11Code code, boolean confirmed) {
      return new Diagnosis(
          Icd11Code.SYSTEM, code.code(), code.display(), confirmed ? "confirmed" : "provisional");
    }
  }

  static EpisodeView of(Episode episode, Dyad dyad, CarePlan plan, Dropout dropout, ZoneId zone) {
    var s = EpisodeSummary.of(episode, dyad, plan, dropout, zone);
    return new EpisodeView(
        s.id(),
        s.centreId(),
        s.timeZone(),
        s.referralId(),
        s.dyadId(),
        s.status(),
        s.openedAt(),
        s.closedAt(),
        episode.closeReason(),
        s.childName(),
        s.caregiverName(),
        Diagnosis.of(episode.diagnosis(), episode.diagnosisConfirmed()),
        s.baselineRecorded(),
        s.developmentalAssessmentRequired(),
        s.developmentalAssessmentRecorded(),
        s.dose(),
        s.dropout());
  }
}
