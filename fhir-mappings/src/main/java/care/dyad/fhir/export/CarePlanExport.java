package care.dyad.fhir.export;

import java.time.LocalDate;
import java.util.List;

/**
 * The programme assigned to the episode, with the dose copied at assignment and every authorised
 * extension.
 *
 * @param id our id for the plan; becomes the CarePlan id
 * @param programmeCode the catalogue code; names the PlanDefinition the plan instantiates
 * @param status FHIR CarePlan status code: {@code active} while treatment runs, {@code completed}
 *     when the episode completed, {@code revoked} when it was dropped out of or withdrawn
 * @param dose the dose as copied into the plan
 * @param extensions may be empty; copied
 * @param start the day the plan was assigned; the plan ends with the episode
 */
public record CarePlanExport(
    String id,
    String programmeCode,
    String status,
    DoseExport dose,
    List<DoseExtensionExport> extensions,
    LocalDate start) {

  public CarePlanExport {
    Require.fhirId(id, "care plan id");
    Require.fhirId(programmeCode, "care plan programmeCode");
    Require.present(status, "care plan status");
    Require.present(dose, "care plan dose");
    extensions = List.copyOf(Require.present(extensions, "care plan extensions"));
    Require.present(start, "care plan start");
  }

  /** The planned sessions plus every authorised extension: the dose the payer funds. */
  public int authorisedSessions() {
    return dose.plannedSessions()
        + extensions.stream().mapToInt(DoseExtensionExport::sessions).sum();
  }
}
