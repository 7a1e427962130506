package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import care.dyad.fhir.export.EpisodeExport;
import org.hl7.fhir.r4.model.Patient;

/** The child as a Patient: identified by the payer's member id only, no name. */
public final class PatientMapper {

  private PatientMapper() {}

  public static Patient map(EpisodeExport episode) {
    Patient patient = new Patient();
    patient.setId(episode.child().id());
    patient
        .addIdentifier()
        .setSystem(Systems.payerMemberId(episode.payerId()))
        .setValue(episode.memberId());
    if (episode.child().birthDate() != null) {
      patient.setBirthDateElement(Datatypes.date(episode.child().birthDate()));
    }
    return patient;
  }
}
