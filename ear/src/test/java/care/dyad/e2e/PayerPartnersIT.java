package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.KeycloakDirect;
import care.dyad.e2e.support.Tokens;
import org.junit.jupiter.api.Test;

/** Payer partners registered by a centre admin get a working machine client in Keycloak. */
class PayerPartnersIT extends EndToEnd {

  private static final String PARTNERS = "/api/admin/payer-partners";

  @Test
  void newPartnerGetsATokenAndReadsOnlyItsOwnMembersFhirData() {
    var partner = fixtures.payerPartner();
    var episode = fixtures.episode("north", partner.payerId());
    fixtures.baseline(episode, "clara");
    var token = partner.token();

    var bundle = http.get("/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle", token);
    assertEquals(200, bundle.status(), bundle::toString);
    assertTrue(bundle.body().contains("\"resourceType\":\"Bundle\""), bundle::toString);
    var other =
        http.get("/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle", Tokens.payer("northwind"));
    assertEquals(404, other.status(), "another payer's member is not found: " + other);
  }

  @Test
  void rotatedSecretRefusesTheOldSecretAndItsTokens() throws Exception {
    var partner = fixtures.payerPartner();
    var episode = fixtures.episode("north", partner.payerId());
    var oldToken = partner.token();

    var rotated = http.post(PARTNERS + "/" + partner.payerId() + "/secret", Tokens.of("ada"), "");
    assertEquals(200, rotated.status(), rotated::toString);
    var newSecret = rotated.json().getString("clientSecret");

    assertEquals(401, Tokens.clientStatus(partner.clientId(), partner.secret()));
    var refused = http.get("/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle", oldToken);
    assertEquals(401, refused.status(), refused::toString);
    Thread.sleep(1100); // tokens issued in the second of the rotation are refused too
    var fresh = Tokens.client(partner.clientId(), newSecret);
    var reply = http.get("/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle", fresh);
    assertEquals(200, reply.status(), reply::toString);
  }

  @Test
  void deactivatedPartnerGetsNoTokensAndOldTokensAreRefused() {
    var partner = fixtures.payerPartner();
    var episode = fixtures.episode("north", partner.payerId());
    var token = partner.token();

    var reply =
        http.post(PARTNERS + "/" + partner.payerId() + "/deactivation", Tokens.of("ada"), "");
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(
        401, http.get("/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle", token).status());
    assertTrue(Tokens.clientStatus(partner.clientId(), partner.secret()) >= 400);
    assertTrue(KeycloakDirect.client(partner.clientId()).isPresent());
    var listed =
        http.get(PARTNERS, Tokens.of("ada")).jsonArray().stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(p -> p.getString("id").equals(partner.payerId()))
            .findFirst()
            .orElseThrow();
    assertEquals(false, listed.getBoolean("active"));
  }
}
