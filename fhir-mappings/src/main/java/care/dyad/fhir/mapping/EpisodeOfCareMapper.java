package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import care.dyad.fhir.export.EpisodeExport;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;

/** The episode as an EpisodeOfCare of the child, diagnosed with the episode's Condition. */
public final class EpisodeOfCareMapper {

  private EpisodeOfCareMapper() {}

  /**
   * @throws IllegalArgumentException if the status is not an EpisodeOfCare status code
   */
  public static EpisodeOfCare map(EpisodeExport episode) {
    EpisodeOfCare care = new EpisodeOfCare();
    care.setId(episode.episodeId());
    care.addIdentifier().setSystem(Systems.EPISODE_ID).setValue(episode.episodeId());
    care.setStatus(status(episode.status()));
    care.addDiagnosis()
        .setCondition(Datatypes.reference(ResourceType.Condition, episode.diagnosis().id()));
    care.setPatient(Datatypes.reference(ResourceType.Patient, episode.child().id()));
    if (episode.centre() != null) {
      care.setManagingOrganization(
          Datatypes.reference(ResourceType.Organization, episode.centre().fhirId()));
    }
    care.getPeriod().setStartElement(Datatypes.dateTime(episode.periodStart()));
    if (episode.periodEnd() != null) {
      care.getPeriod().setEndElement(Datatypes.dateTime(episode.periodEnd()));
    }
    if (episode.referralId() != null) {
      // The payer never receives the referral itself, so a literal reference would dangle; a
      // logical one (by identifier) still lets it be matched to its own records.
      care.addReferralRequest(
          new Reference()
              .setType(ResourceType.ServiceRequest.name())
              .setIdentifier(
                  new Identifier().setSystem(Systems.REFERRAL_ID).setValue(episode.referralId())));
    }
    return care;
  }

  private static EpisodeOfCareStatus status(String code) {
    try {
      return EpisodeOfCareStatus.fromCode(code);
    } catch (FHIRException e) {
      throw new IllegalArgumentException("unknown EpisodeOfCare status '" + code + "'", e);
    }
  }
}
