package care.dyad.fhir.export;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a payer receives about one episode of care. Sessions, care plan and measure reports
 * will join as further components.
 *
 * @param episodeId our id for the episode; becomes the EpisodeOfCare id
 * @param centreId the treating centre; not exported yet
 * @param payerId our id for the payer; scopes the member id system
 * @param memberId the payer's member id for the child
 * @param status FHIR EpisodeOfCare status code, e.g. {@code active} or {@code finished}
 * @param periodEnd nullable while the episode is open
 * @param referralId nullable; exported as a logical reference, never a literal one
 * @param scores may be empty; copied
 */
public record EpisodeExport(
    String episodeId,
    String centreId,
    String payerId,
    String memberId,
    ChildExport child,
    CaregiverExport caregiver,
    DiagnosisExport diagnosis,
    String status,
    LocalDate periodStart,
    LocalDate periodEnd,
    String referralId,
    List<ScoreExport> scores) {

  public EpisodeExport {
    Require.fhirId(episodeId, "episodeId");
    Require.present(centreId, "centreId");
    Require.present(payerId, "payerId");
    Require.present(memberId, "memberId");
    Require.present(child, "child");
    Require.present(caregiver, "caregiver");
    Require.present(diagnosis, "diagnosis");
    Require.present(status, "status");
    Require.present(periodStart, "periodStart");
    if (periodEnd != null && periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException(
          "episode "
              + episodeId
              + " ends ("
              + periodEnd
              + ") before it starts ("
              + periodStart
              + ")");
    }
    scores = List.copyOf(Require.present(scores, "scores"));
  }
}
