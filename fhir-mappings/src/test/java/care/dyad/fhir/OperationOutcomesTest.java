package care.dyad.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;

class OperationOutcomesTest {

  @Test
  void errorOutcomeValidatesWithoutErrors() {
    FhirValidation.assertValid(OperationOutcomes.error(IssueType.NOTFOUND, "No such episode"));
  }

  @Test
  void errorOutcomeCarriesOneErrorIssueWithTypeAndDiagnostics() {
    OperationOutcome outcome = OperationOutcomes.error(IssueType.FORBIDDEN, "Not your member");

    assertEquals(1, outcome.getIssue().size());
    assertEquals(IssueSeverity.ERROR, outcome.getIssueFirstRep().getSeverity());
    assertEquals(IssueType.FORBIDDEN, outcome.getIssueFirstRep().getCode());
    assertEquals("Not your member", outcome.getIssueFirstRep().getDiagnostics());
  }
}
