package care.dyad.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceOperationComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.junit.jupiter.api.Test;

class CapabilityStatementsTest {

  private static final String BASE = "https://fhir.dyadcare.example.org/fhir";

  @Test
  void serverStatementValidatesWithoutErrors() {
    FhirValidation.assertValid(CapabilityStatements.server(BASE, "0.1.0"));
  }

  @Test
  void serverStatementOffersReadOfEveryExportedType() {
    CapabilityStatement statement = CapabilityStatements.server(BASE, "0.1.0");

    assertEquals(RestfulCapabilityMode.SERVER, statement.getRestFirstRep().getMode());
    assertEquals(
        List.of(
            "Patient",
            "RelatedPerson",
            "Coverage",
            "Organization",
            "Condition",
            "EpisodeOfCare",
            "CarePlan",
            "Encounter",
            "Observation",
            "Group",
            "Subscription"),
        statement.getRestFirstRep().getResource().stream()
            .map(CapabilityStatementRestResourceComponent::getType)
            .toList());
    statement.getRestFirstRep().getResource().stream()
        .filter(r -> !r.getType().equals("Subscription"))
        .forEach(r -> assertEquals("read", r.getInteractionFirstRep().getCode().toCode()));
    assertEquals("export", statement.getRestFirstRep().getOperationFirstRep().getName());
  }

  @Test
  void outcomeBundleOperationIsDeclaredOnEpisodeOfCare() {
    CapabilityStatement statement = CapabilityStatements.server(BASE, "0.1.0");

    List<CapabilityStatementRestResourceOperationComponent> operations =
        statement.getRestFirstRep().getResource().stream()
            .filter(r -> r.getType().equals("EpisodeOfCare"))
            .findFirst()
            .orElseThrow()
            .getOperation();
    assertEquals(1, operations.size());
    assertEquals("outcome-bundle", operations.get(0).getName());
    assertEquals(
        "https://dyadcare.example.org/fhir/OperationDefinition/EpisodeOfCare-outcome-bundle",
        operations.get(0).getDefinition());
  }

  @Test
  void serverStatementIsReproducible() {
    assertEquals(
        Fhir.encode(CapabilityStatements.server(BASE, "0.1.0")),
        Fhir.encode(CapabilityStatements.server(BASE, "0.1.0")));
  }
}
