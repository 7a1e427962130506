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

  @Test
  void badSearchParametersAreRefused() {
    var token = fixtures.payerPartner().token();
    assertEquals(400, http.get("/fhir/Observation?_count=0", token).status());
    assertEquals(400, http.get("/fhir/Observation?_lastUpdated=lt2020-01-01", token).status());
    assertEquals(400, http.get("/fhir/Observation?_cursor=junk", token).status());
    assertEquals(404, http.get("/fhir/Observation/not-an-id", token).status());
  }
}
