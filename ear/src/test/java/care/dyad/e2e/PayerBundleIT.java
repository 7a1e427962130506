package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Tokens;
import care.dyad.fhir.Fhir;
import care.dyad.fhir.FhirValidation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** What the server sends payers is valid FHIR R4 and holds nothing it should not. */
class PayerBundleIT extends EndToEnd {

  @Test
  void outcomeBundleFromTheServerValidatesWithoutErrors() {
    var episode = fixtures.episode("north", "northwind");
    var scores = "/api/episodes/" + episode + "/assessments";
    assertEquals(
        201,
        http.post(
                scores,
                Tokens.of("clara"),
                "{\"instrumentCode\": \"ainsworth-sensitivity\", \"timePoint\": \"baseline\", \"score\": 3.5}")
            .status());
    assertEquals(
        201,
        http.post(
                scores,
                Tokens.of("clara"),
                "{\"instrumentCode\": \"strange-situation\", \"timePoint\": \"baseline\", \"category\": \"D\"}")
            .status());

    var reply =
        http.get("/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle", Tokens.payer("northwind"));
    assertEquals(200, reply.status(), reply::toString);
    var bundle = Fhir.parse(Bundle.class, reply.body());
    FhirValidation.assertValid(bundle);

    var patient = (Patient) bundle.getEntry().get(0).getResource();
    assertEquals("M-", patient.getIdentifierFirstRep().getValue().substring(0, 2));
    assertFalse(patient.hasName(), "the child's name never leaves the centre");
    var condition = (Condition) bundle.getEntry().get(2).getResource();
    assertEquals(
        "http://id.who.int/icd/release/11/mms",
        condition.getCode().getCodingFirstRep().getSystem());
    assertEquals("6B44", condition.getCode().getCodingFirstRep().getCode());
    assertEquals("provisional", condition.getVerificationStatus().getCodingFirstRep().getCode());
    assertEquals(
        9,
        bundle.getEntry().size(),
        "patient, caregiver, condition, episode, centre, payer, coverage, two scores");

    for (var text : new String[] {"Robin", "Alex", "Example", "withdrawn", "clara", "Re-scored"}) {
      assertFalse(reply.body().contains(text), "exported bundle must not contain '" + text + "'");
    }
  }

  @Test
  void capabilityStatementValidatesWithoutErrors() {
    var reply = http.get("/fhir/metadata", null);
    assertEquals(200, reply.status(), reply::toString);
    FhirValidation.assertValid(Fhir.parse(CapabilityStatement.class, reply.body()));
  }
}
