package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.KeycloakDirect;
import care.dyad.e2e.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Payer partners registered by a centre admin get a working machine client in Keycloak. */
class PayerPartnersIT extends EndToEnd {

  private static final String PARTNERS = "/api/admin/payer-partners";

  private record Credentials(String payerId, String clientId, String secret) {}

  private Credentials register() {
    var id = "p" + UUID.randomUUID().toString().substring(0, 8);
    var reply =
        http.post(
            PARTNERS,
            Tokens.of("ada"),
            "{\"id\": \"" + id + "\", \"name\": \"Eastcare " + id + "\"}");
    assertEquals(201, reply.status(), reply::toString);
    var json = reply.json();
    assertEquals("payer-" + id, json.getString("clientId"));
    assertTrue(
        json.getString("tokenUrl").endsWith("/realms/dyadcare/protocol/openid-connect/token"));
    return new Credentials(id, json.getString("clientId"), json.getString("clientSecret"));
  }

  @Test
  void newPartnerGetsATokenAndReadsOnlyItsOwnMembersFhirData() {
    var partner = register();
    var episode = fixtures.episode("north", partner.payerId());
    fixtures.baseline(episode, "clara");
    var token = Tokens.client(partner.clientId(), partner.secret());

    var bundle = http.get("/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle", token);
    assertEquals(200, bundle.status(), bundle::toString);
    assertTrue(bundle.body().contains("\"resourceType\":\"Bundle\""), bundle::toString);
    var other =
        http.get("/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle", Tokens.payer("northwind"));
    assertEquals(404, other.status(), "another payer's member is not found: " + other);
  }

  @Test
  void rotatedSecretRefusesTheOldSecretAndItsTokens() throws Exception {
    var partner = register();
    var episode = fixtures.episode("north", partner.payerId());
    var oldToken = Tokens.client(partner.clientId(), partner.secret());

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
    var partner = register();
    var episode = fixtures.episode("north", partner.payerId());
    var token = Tokens.client(partner.clientId(), partner.secret());

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
