package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The caller's payer, centres and name come from the token WildFly verified. A request can carry
 * two Authorization headers: the container verifies the one it can parse, and a forged one beside
 * it (unsigned, its claims rewritten) must change nothing.
 */
class ForgedClaimsIT extends EndToEnd {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void aForgedSecondTokenDoesNotMakeAPayerAnotherPayer() throws Exception {
    var northwind = Tokens.payer("northwind");
    var forged = forge(northwind, claims -> claims.add("payer_id", "southbay"));

    assertEquals(200, getWithTwoTokens("/fhir/Group/northwind", forged, northwind));
    assertEquals(404, getWithTwoTokens("/fhir/Group/southbay", forged, northwind));
  }

  @Test
  void aForgedSecondTokenDoesNotTakeStaffIntoAnotherCentre() throws Exception {
    var southEpisode = fixtures.episode("south", "southbay");
    var sam = Tokens.of("sam");
    // A payer id would once have skipped the staff record that limits sam to the north.
    var forged =
        forge(
            sam,
            claims ->
                claims
                    .add("payer_id", "southbay")
                    .add("preferred_username", "sue")
                    .add("centres", Json.createArrayBuilder().add("north").add("south")));

    assertEquals(200, getWithTwoTokens("/api/episodes", forged, sam));
    assertEquals(404, getWithTwoTokens("/api/episodes/" + southEpisode, forged, sam));
  }

  /** The real token's claims, changed, in a token no one signed (a space keeps it unparsed). */
  private static String forge(String token, Consumer<JsonObjectBuilder> change) {
    var payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    JsonObject claims = Json.createReader(new StringReader(payload)).readObject();
    var builder = Json.createObjectBuilder(claims);
    change.accept(builder);
    var forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(builder.build().toString().getBytes(StandardCharsets.UTF_8));
    return "x." + forged + ".y z";
  }

  private int getWithTwoTokens(String path, String forged, String real) throws Exception {
    var base = deploymentUrl.toString().replaceAll("/$", "");
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json, application/fhir+json")
            .header("Authorization", "Bearer " + forged)
            .header("Authorization", "Bearer " + real)
            .GET()
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
