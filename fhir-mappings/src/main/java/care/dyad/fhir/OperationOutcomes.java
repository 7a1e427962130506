package care.dyad.fhir;

import java.util.Objects;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** OperationOutcomes that FHIR endpoints return instead of a stack trace. */
public final class OperationOutcomes {

  private OperationOutcomes() {}

  /**
   * One error issue.
   *
   * @param diagnostics a message a person can act on; never clinical data
   */
  public static OperationOutcome error(IssueType type, String diagnostics) {
    Objects.requireNonNull(type, "type is required");
    Objects.requireNonNull(diagnostics, "diagnostics is required");
    OperationOutcome outcome = new OperationOutcome();
    outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
    return outcome;
  }
}
