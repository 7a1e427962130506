package care.dyad.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Looks into Keycloak straight through its Admin API (not through the application or the proxy), so
 * tests can see what the application left there.
 */
public final class KeycloakDirect {

  private static final String ADMIN = TestServers.KEYCLOAK_URL + "/admin/realms/dyadcare";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private KeycloakDirect() {}

  /** The user with exactly this username, if Keycloak has one. */
  public static Optional<JsonObject> user(String username) {
    var users =
        getArray(
            "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
    return users.stream().map(JsonObject.class::cast).findFirst();
  }

  /** How many users have this email. */
  public static int usersWithEmail(String email) {
    return getArray("/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
        .size();
  }

  /** Whether a client with this clientId exists. */
  public static Optional<JsonObject> client(String clientId) {
    return getArray("/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8))
        .stream()
        .map(JsonObject.class::cast)
        .findFirst();
  }

  /** Whether the group with this path exists. */
  public static boolean groupExists(String path) {
    return get("/group-by-path" + path).statusCode() == 200;
  }

  /**
   * What a new member of staff does at the first sign-in, which asks for a password of their own in
   * place of the temporary one (done here through the Admin API, as the API tests have no browser).
   */
  public static void choosePassword(String username, String password) {
    var id = user(username).orElseThrow().getString("id");
    var body =
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", password)
            .add("temporary", false)
            .build()
            .toString();
    var response =
        send(
            HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + id + "/reset-password"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    if (response.statusCode() != 204) {
      throw new IllegalStateException("Keycloak refused the password: " + response.statusCode());
    }
  }

  private static HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(ADMIN + path)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request
              .header(
                  "Authorization",
                  "Bearer " + Tokens.client("dyadcare-admin", "dyadcare-admin-demo-secret"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonArray getArray(String path) {
    var response = get(path);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak admin " + path + " answered " + response.statusCode());
    }
    return Json.createReader(new StringReader(response.body())).readArray();
  }
}
