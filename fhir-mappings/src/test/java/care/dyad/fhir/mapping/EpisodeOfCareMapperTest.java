package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import care.dyad.fhir.export.EpisodeExport;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class EpisodeOfCareMapperTest {

  @Test
  void finishedEpisodeValidatesWithoutErrors() {
    EpisodeOfCare care = EpisodeOfCareMapper.map(Exports.finishedEpisode());

    FhirValidation.assertValid(care);
    assertEquals(Exports.EPISODE_ID, care.getIdElement().getIdPart());
    assertEquals(
        "https://dyadcare.example.org/fhir/sid/episode", care.getIdentifierFirstRep().getSystem());
    assertEquals(Exports.EPISODE_ID, care.getIdentifierFirstRep().getValue());
    assertEquals(EpisodeOfCareStatus.FINISHED, care.getStatus());
    assertEquals("Patient/" + Exports.CHILD_ID, care.getPatient().getReference());
    assertEquals(
        "Condition/" + Exports.DIAGNOSIS_ID,
        care.getDiagnosisFirstRep().getCondition().getReference());
    assertEquals("2026-01-05", care.getPeriod().getStartElement().getValueAsString());
    assertEquals("2026-05-28", care.getPeriod().getEndElement().getValueAsString());
  }

  @Test
  void openEpisodeHasNoEnd() {
    EpisodeOfCare care = EpisodeOfCareMapper.map(Exports.episode().open().build());

    FhirValidation.assertValid(care);
    assertFalse(care.getPeriod().hasEnd());
  }

  @Test
  void referralIsReferencedByIdentifierOnlySoNothingDangles() {
    Reference referral =
        EpisodeOfCareMapper.map(Exports.finishedEpisode()).getReferralRequestFirstRep();

    assertFalse(referral.hasReference());
    assertEquals("ServiceRequest", referral.getType());
    assertEquals(
        "https://dyadcare.example.org/fhir/sid/referral", referral.getIdentifier().getSystem());
    assertEquals(Exports.REFERRAL_ID, referral.getIdentifier().getValue());
  }

  @Test
  void episodeWithoutReferralHasNoReferralRequest() {
    EpisodeExport episode = Exports.episode().referralId(null).build();

    assertFalse(EpisodeOfCareMapper.map(episode).hasReferralRequest());
  }

  @Test
  void statusThatIsNotAnEpisodeOfCareStatusIsRejected() {
    EpisodeExport episode = Exports.episode().status("dropped-out").build();

    assertThrows(IllegalArgumentException.class, () -> EpisodeOfCareMapper.map(episode));
  }
}
