package care.dyad.fhir.export;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a payer receives about one episode of care. The organisations, the care plan and the
 * sessions are optional: the bundle carries each only when it is given.
 *
 * @param episodeId our id for the episode; becomes the EpisodeOfCare id
 * @param centreId the treating centre
 * @param payerId our id for the payer; scopes the member id system
 * @param memberId the payer's member id for the child
 * @param status FHIR EpisodeOfCare status code, e.g. {@code active} or {@code finished}
 * @param periodEnd nullable while the episode is open
 * @param referralId nullable; exported as a logical reference, never a literal one
 * @param scores may be empty; copied
 * @param centre nullable; the treating centre ({@code centreId}) as an Organization, which then
 *     manages the EpisodeOfCare and provides the Encounters
 * @param payer nullable; the payer ({@code payerId}) as an Organization, which brings the child's
 *     Coverage with it
 * @param carePlan nullable until a programme is assigned
 * @param sessions the attended sessions; may be empty; copied
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
    List<ScoreExport> scores,
    OrganizationExport centre,
    OrganizationExport payer,
    CarePlanExport carePlan,
    List<SessionExport> sessions) {

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
    if (centre != null) {
      requireSame(centre, OrganizationExport.Kind.CENTRE, centreId, "centre");
    }
    if (payer != null) {
      requireSame(payer, OrganizationExport.Kind.PAYER, payerId, "payer");
    }
    if (carePlan != null && periodEnd != null && carePlan.start().isAfter(periodEnd)) {
      throw new IllegalArgumentException(
          "care plan " + carePlan.id() + " starts after episode " + episodeId + " ended");
    }
    sessions = List.copyOf(Require.present(sessions, "sessions"));
  }

  /**
   * An episode without organisations, care plan or sessions: the bundle then holds the child, the
   * caregiver, the diagnosis, the episode and the scores.
   */
  public EpisodeExport(
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
    this(
        episodeId,
        centreId,
        payerId,
        memberId,
        child,
        caregiver,
        diagnosis,
        status,
        periodStart,
        periodEnd,
        referralId,
        scores,
        null,
        null,
        null,
        List.of());
  }

  private static void requireSame(
      OrganizationExport organization,
      OrganizationExport.Kind kind,
      String expectedId,
      String name) {
    if (organization.kind() != kind || !organization.id().equals(expectedId)) {
      throw new IllegalArgumentException(
          name
              + " must be the "
              + kind.prefix()
              + " "
              + expectedId
              + ", not the "
              + organization.kind().prefix()
              + " "
              + organization.id());
    }
  }
}
