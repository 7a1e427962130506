package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import care.dyad.fhir.export.EpisodeExport;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Coverage.CoverageStatus;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * The payer's cover of the child: beneficiary the child, payor the payer's Organization, the member
 * id as both business identifier and subscriber id.
 */
public final class CoverageMapper {

  private CoverageMapper() {}

  /**
   * @throws IllegalArgumentException if the episode has no payer Organization to be the payor
   */
  public static Coverage map(EpisodeExport episode) {
    if (episode.payer() == null) {
      throw new IllegalArgumentException(
          "episode " + episode.episodeId() + " has no payer organization for its coverage");
    }
    Coverage coverage = new Coverage();
    coverage.setId(id(episode.payerId(), episode.child().id()));
    coverage
        .addIdentifier()
        .setSystem(Systems.payerMemberId(episode.payerId()))
        .setValue(episode.memberId());
    coverage.setStatus(CoverageStatus.ACTIVE);
    coverage.setSubscriberId(episode.memberId());
    coverage.setBeneficiary(Datatypes.reference(ResourceType.Patient, episode.child().id()));
    coverage.addPayor(Datatypes.reference(ResourceType.Organization, episode.payer().fhirId()));
    return coverage;
  }

  /**
   * One payer covers one child once, whichever episode is exported, so the id is derived from the
   * pair: a name-based UUID, stable across exports and episodes.
   */
  public static String id(String payerId, String childId) {
    String name = "coverage/" + payerId + "/" + childId;
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
