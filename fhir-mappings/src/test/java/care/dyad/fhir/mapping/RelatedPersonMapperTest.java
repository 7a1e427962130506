package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import care.dyad.fhir.export.CaregiverExport;
import care.dyad.fhir.export.EpisodeExport;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RelatedPersonMapperTest {

  static Set<String> relationships() {
    return CaregiverRelationships.supported();
  }

  @ParameterizedTest
  @MethodSource("relationships")
  void everySupportedRelationshipValidatesWithoutErrors(String relationship) {
    FhirValidation.assertValid(RelatedPersonMapper.map(withCaregiver(relationship)));
  }

  @Test
  void caregiverIsARelatedPersonOfTheChild() {
    RelatedPerson person = RelatedPersonMapper.map(Exports.finishedEpisode());

    assertEquals(Exports.CAREGIVER_ID, person.getIdElement().getIdPart());
    assertEquals("Patient/" + Exports.CHILD_ID, person.getPatient().getReference());
    Coding coding = person.getRelationshipFirstRep().getCodingFirstRep();
    assertEquals("http://terminology.hl7.org/CodeSystem/v3-RoleCode", coding.getSystem());
    assertEquals("MTH", coding.getCode());
  }

  @Test
  void supportedRelationshipsAreTheCatalogueOnes() {
    assertEquals(
        Set.of("mother", "father", "foster-carer", "adoptive-parent", "kinship-carer", "other"),
        CaregiverRelationships.supported());
  }

  @Test
  void unknownRelationshipIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> RelatedPersonMapper.map(withCaregiver("aunt")));
  }

  private static EpisodeExport withCaregiver(String relationship) {
    return Exports.episode()
        .caregiver(new CaregiverExport(Exports.CAREGIVER_ID, relationship))
        .build();
  }
}
