package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import care.dyad.fhir.export.ChildExport;
import care.dyad.fhir.export.EpisodeExport;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class PatientMapperTest {

  @Test
  void patientValidatesWithoutErrors() {
    FhirValidation.assertValid(PatientMapper.map(Exports.finishedEpisode()));
  }

  @Test
  void childIsIdentifiedByThePayersMemberIdUnderOurChildId() {
    Patient patient = PatientMapper.map(Exports.finishedEpisode());

    assertEquals(Exports.CHILD_ID, patient.getIdElement().getIdPart());
    assertEquals(1, patient.getIdentifier().size());
    assertEquals(
        "https://dyadcare.example.org/fhir/sid/payer/" + Exports.PAYER_ID + "/member-id",
        patient.getIdentifierFirstRep().getSystem());
    assertEquals("M-0048213", patient.getIdentifierFirstRep().getValue());
    assertEquals("2023-08-03", patient.getBirthDateElement().getValueAsString());
  }

  @Test
  void unknownBirthDateIsLeftOut() {
    EpisodeExport episode =
        Exports.episode().child(new ChildExport(Exports.CHILD_ID, null)).build();

    Patient patient = PatientMapper.map(episode);

    assertFalse(patient.hasBirthDate());
    FhirValidation.assertValid(patient);
  }
}
