package care.dyad.fhir.export;

import java.time.LocalDate;

/**
 * The episode's diagnosis, as a clinician recorded it.
 *
 * @param id our id for the diagnosis; becomes the Condition id
 * @param icd11Code ICD-11 MMS code, {@code 6B44} or {@code 6B45}
 * @param confirmed false while the diagnosis is provisional
 * @param recordedDate nullable
 */
public record DiagnosisExport(
    String id, String icd11Code, boolean confirmed, LocalDate recordedDate) {

  public DiagnosisExport {
    Require.fhirId(id, "diagnosis id");
    Require.present(icd11Code, "diagnosis icd11Code");
  }
}
