package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import care.dyad.fhir.export.DiagnosisExport;
import care.dyad.fhir.export.EpisodeExport;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.junit.jupiter.api.Test;

class ConditionMapperTest {

  @Test
  void confirmedReactiveAttachmentDisorderValidatesWithoutErrors() {
    Condition condition = ConditionMapper.map(Exports.finishedEpisode());

    FhirValidation.assertValid(condition);
    Coding code = condition.getCode().getCodingFirstRep();
    assertEquals("http://id.who.int/icd/release/11/mms", code.getSystem());
    assertEquals("6B44", code.getCode());
    assertEquals("Reactive attachment disorder", code.getDisplay());
    assertEquals("confirmed", condition.getVerificationStatus().getCodingFirstRep().getCode());
    assertEquals("active", condition.getClinicalStatus().getCodingFirstRep().getCode());
    assertEquals(
        "encounter-diagnosis", condition.getCategoryFirstRep().getCodingFirstRep().getCode());
    assertEquals("Patient/" + Exports.CHILD_ID, condition.getSubject().getReference());
    assertEquals("2026-01-20", condition.getRecordedDateElement().getValueAsString());
  }

  @Test
  void provisionalDisinhibitedDiagnosisValidatesWithoutErrors() {
    Condition condition =
        ConditionMapper.map(
            withDiagnosis(new DiagnosisExport(Exports.DIAGNOSIS_ID, "6B45", false, null)));

    FhirValidation.assertValid(condition);
    assertEquals(
        "Disinhibited social engagement disorder",
        condition.getCode().getCodingFirstRep().getDisplay());
    assertEquals("provisional", condition.getVerificationStatus().getCodingFirstRep().getCode());
    assertFalse(condition.hasRecordedDate());
  }

  @Test
  void codeOutsideAttachmentDisordersIsRejected() {
    EpisodeExport episode =
        withDiagnosis(new DiagnosisExport(Exports.DIAGNOSIS_ID, "6A02", true, LocalDate.now()));

    assertThrows(IllegalArgumentException.class, () -> ConditionMapper.map(episode));
  }

  private static EpisodeExport withDiagnosis(DiagnosisExport diagnosis) {
    return Exports.episode().diagnosis(diagnosis).build();
  }
}
