package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import care.dyad.fhir.export.DiagnosisExport;
import care.dyad.fhir.export.EpisodeExport;
import java.util.Map;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ResourceType;

/** The diagnosis as an ICD-11 MMS Condition of the child. */
public final class ConditionMapper {

  // Displays as in CodeSystem-icd11-attachment.json; the tests check that they agree.
  private static final Map<String, String> ICD11_DISPLAYS =
      Map.of(
          "6B44", "Reactive attachment disorder",
          "6B45", "Disinhibited social engagement disorder");

  private ConditionMapper() {}

  /**
   * @throws IllegalArgumentException for an ICD-11 code other than 6B44 or 6B45
   */
  public static Condition map(EpisodeExport episode) {
    DiagnosisExport diagnosis = episode.diagnosis();
    Condition condition = new Condition();
    condition.setId(diagnosis.id());
    condition.setClinicalStatus(Datatypes.concept(Systems.CONDITION_CLINICAL, "active", "Active"));
    condition.setVerificationStatus(
        diagnosis.confirmed()
            ? Datatypes.concept(Systems.CONDITION_VER_STATUS, "confirmed", "Confirmed")
            : Datatypes.concept(Systems.CONDITION_VER_STATUS, "provisional", "Provisional"));
    condition.addCategory(
        Datatypes.concept(
            Systems.CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis"));
    condition.setCode(
        Datatypes.concept(
            Systems.ICD11_MMS, diagnosis.icd11Code(), display(diagnosis.icd11Code())));
    condition.setSubject(Datatypes.reference(ResourceType.Patient, episode.child().id()));
    if (diagnosis.recordedDate() != null) {
      condition.setRecordedDateElement(Datatypes.dateTime(diagnosis.recordedDate()));
    }
    return condition;
  }

  private static String display(String icd11Code) {
    String display = ICD11_DISPLAYS.get(icd11Code);
    if (display == null) {
      throw new IllegalArgumentException(
          "unsupported ICD-11 code '"
              + icd11Code
              + "'; expected one of "
              + ICD11_DISPLAYS.keySet());
    }
    return display;
  }
}
