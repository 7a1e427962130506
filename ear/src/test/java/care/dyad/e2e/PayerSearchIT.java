package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Tokens;
import care.dyad.fhir.Fhir;
import care.dyad.fhir.FhirValidation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Read and search for payers: valid resources, only their consented members, paged. */
class PayerSearchIT extends EndToEnd {

  private Bundle outcomeBundle(String episode, String token) {
    var reply = http.get("/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle", token);
    assertEquals(200, reply.status(), reply::toString);
    return Fhir.parse(Bundle.class, reply.body());
  }

  private Bundle search(String path, String token) {
    var reply = http.get(path, token);
    assertEquals(200, reply.status(), reply::toString);
    var bundle = Fhir.parse(Bundle.class, reply.body());
    FhirValidation.assertValid(bundle);
    return bundle;
  }

  @Test
  void everyResourceOfAnEpisodeCanBeReadAndOnlyByItsPayer() {
    var payer = fixtures.payerPartner();
    var episode = fixtures.treatedEpisode("north", payer.payerId());
    fixtures.baseline(episode, "clara");
    fixtures.attended(fixtures.pastSession(episode, "clara"), "clara");
    var token = payer.token();

    var bundle = outcomeBundle(episode, token);
    for (var entry : bundle.getEntry()) {
      var resource = entry.getResource();
      var path = "/fhir/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart();
      var reply = http.get(path, token);
      assertEquals(200, reply.status(), path + " " + reply);
      var read = (Resource) Fhir.context().newJsonParser().parseResource(reply.body());
      FhirValidation.assertValid(read);
      assertEquals(Fhir.encode(resource), Fhir.encode(read), "read equals the bundle's " + path);
      if (path.contains("/Organization/centre-")) {
        continue; // a centre is no one's member data: every payer with members there sees it
      }
      var foreign = http.get(path, Tokens.payer("northwind"));
      assertEquals(404, foreign.status(), "another payer cannot read " + path);
    }

    var child = bundle.getEntry().get(0).getResource().getIdElement().getIdPart();
    var observations = search("/fhir/Observation?patient=Patient/" + child, token);
    assertEquals(1, observations.getEntry().size());
    var group = http.get("/fhir/Group/" + payer.payerId(), token);
    assertEquals(200, group.status(), group::toString);
    var members = Fhir.parse(Group.class, group.body()).getMember();
    assertTrue(
        members.stream().anyMatch(m -> m.getEntity().getReference().equals("Patient/" + child)));
    assertEquals(404, http.get("/fhir/Group/northwind", token).status());
  }

  @Test
  void searchPagesWithCountAndNextLinks() {
    var payer = fixtures.payerPartner();
    for (int i = 0; i < 3; i++) {
      fixtures.baseline(fixtures.episode("north", payer.payerId()), "clara");
    }
    fixtures.baseline(fixtures.episode("north", "northwind"), "clara");
    var token = payer.token();

    var first = search("/fhir/Observation?_count=2", token);
    assertEquals(2, first.getEntry().size());
    var next = first.getLink("next");
    assertTrue(next != null, "a next link while more remain");
    var second = search(next.getUrl().substring(next.getUrl().indexOf("/fhir/")), token);
    assertEquals(1, second.getEntry().size(), "three of this payer's scores, none of another's");
    assertNull(second.getLink("next"));
    var ids = new java.util.HashSet<String>();
    first.getEntry().forEach(e -> ids.add(e.getResource().getIdElement().getIdPart()));
    second.getEntry().forEach(e -> ids.add(e.getResource().getIdElement().getIdPart()));
    assertEquals(3, ids.size(), "pages do not overlap");

    assertEquals(0, search("/fhir/Observation?_lastUpdated=ge2999-01-01", token).getEntry().size());
    assertEquals(3, search("/fhir/Observation?_lastUpdated=ge2020-01-01", token).getEntry().size());
    var organizations = search("/fhir/Organization", token);
    assertFalse(
        organizations.getEntry().stream()
            .anyMatch(e -> e.getResource().getIdElement().getIdPart().equals("payer-northwind")));
  }

  private static int count(MeasureReport report, String group, String population) {
    return report.getGroup().stream()
        .filter(g -> g.getCode().getCodingFirstRep().getCode().equals(group))
        .flatMap(g -> g.getPopulation().stream())
        .filter(p -> p.getCode().getCodingFirstRep().getCode().equals(population))
        .findFirst()
        .orElseThrow(() -> new AssertionError(group + "/" + population))
        .getCount();
  }

  @Test
  void payerSummaryCountsDoseDropoutAndReliableImprovement() {
    var payer = fixtures.payerPartner();
    var closed = fixtures.treatedEpisode("north", payer.payerId());
    fixtures.baseline(closed, "clara"); // SDQ total 24
    var end =
        http.post(
            "/api/episodes/" + closed + "/assessments",
            Tokens.of("clara"),
            "{\"instrumentCode\": \"sdq-total\", \"timePoint\": \"end\", \"score\": 10}");
    assertEquals(201, end.status(), end::toString);
    fixtures.attended(fixtures.pastSession(closed, "clara"), "clara");
    var close =
        http.post(
            "/api/episodes/" + closed + "/transitions",
            Tokens.of("clara"),
            "{\"to\": \"completed\", \"reason\": \"family moved\"}");
    assertEquals(200, close.status(), close::toString);
    fixtures.episode("north", payer.payerId());

    var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    var reply =
        http.get(
            "/fhir/Measure/payer-summary/$evaluate-measure?periodStart="
                + today.minusDays(1)
                + "&periodEnd="
                + today.plusDays(1),
            payer.token());
    assertEquals(200, reply.status(), reply::toString);
    var report = Fhir.parse(MeasureReport.class, reply.body());
    FhirValidation.assertValid(report);
    assertEquals(2, count(report, "episodes-opened", "initial-population"));
    assertEquals(1, count(report, "dropout", "numerator"), "closed below the minimum dose");
    assertEquals(1, count(report, "dropout", "denominator"));
    assertEquals(1, count(report, "dose", "numerator"), "one session delivered");
    assertEquals(10, count(report, "dose", "denominator"), "of ABC's ten");
    assertEquals(1, count(report, "reliable-improvement", "numerator"), "SDQ 24 → 10");
    assertFalse(reply.body().contains(closed), "a summary names no episode");

    var plan = http.get("/fhir/PlanDefinition/abc", payer.token());
    assertEquals(200, plan.status(), plan::toString);
    FhirValidation.assertValid(Fhir.parse(org.hl7.fhir.r4.model.PlanDefinition.class, plan.body()));
    var bad =
        http.get(
            "/fhir/Measure/payer-summary/$evaluate-measure?periodStart=2026-02-01", payer.token());
    assertEquals(400, bad.status(), bad::toString);
  }

  @Test
  void badSearchParametersAreRefused() {
    var token = fixtures.payerPartner().token();
    assertEquals(400, http.get("/fhir/Observation?_count=0", token).status());
    assertEquals(400, http.get("/fhir/Observation?_lastUpdated=lt2020-01-01", token).status());
    assertEquals(400, http.get("/fhir/Observation?_cursor=junk", token).status());
    assertEquals(
        400,
        http.get("/fhir/Observation?_cursor=" + java.util.UUID.randomUUID() + ".-1", token)
            .status());
    assertEquals(404, http.get("/fhir/Observation/not-an-id", token).status());
  }
}
