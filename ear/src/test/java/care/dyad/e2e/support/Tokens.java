package care.dyad.e2e.support;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real tokens from real logins against the test Keycloak: the password grant for demo staff (via
 * the {@code dyadcare-cli} client) and client credentials for demo payers. Cached until shortly
 * before they expire.
 */
public final class Tokens {

  private static final String TOKEN_URL =
      TestServers.KEYCLOAK_URL + "/realms/dyadcare/protocol/openid-connect/token";
  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private record Cached(String token, Instant refreshAfter) {}

  private Tokens() {}

  /** A demo user's access token (all demo passwords are "demo"). */
  public static String of(String username) {
    return cached(
        "user:" + username,
        Map.of(
            "grant_type", "password",
            "client_id", "dyadcare-cli",
            "username", username,
            "password", "demo",
            "scope", "openid"));
  }

  /** A demo payer's service-account token (client credentials). */
  public static String payer(String payerId) {
    return cached(
        "payer:" + payerId,
        Map.of(
            "grant_type", "client_credentials",
            "client_id", "payer-" + payerId,
            "client_secret", payerId + "-demo-secret"));
  }

  /** A fresh token for an account's password (not cached: tests change accounts). */
  public static String login(String username, String password) {
    return request(passwordGrant(username, password)).token();
  }

  /** A fresh client-credentials token (not cached: tests rotate secrets). */
  public static String client(String clientId, String secret) {
    return request(clientGrant(clientId, secret)).token();
  }

  /** Keycloak's HTTP status for a password login: 200, or 401/400 when refused. */
  public static int loginStatus(String username, String password) {
    return status(passwordGrant(username, password));
  }

  /** Keycloak's HTTP status for a client-credentials grant. */
  public static int clientStatus(String clientId, String secret) {
    return status(clientGrant(clientId, secret));
  }

  private static Map<String, String> passwordGrant(String username, String password) {
    return Map.of(
        "grant_type", "password",
        "client_id", "dyadcare-cli",
        "username", username,
        "password", password,
        "scope", "openid");
  }

  private static Map<String, String> clientGrant(String clientId, String secret) {
    return Map.of(
        "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret);
  }

  private static int status(Map<String, String> form) {
    try {
      return send(form).statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak is not reachable at " + TOKEN_URL, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> send(Map<String, String> form)
      throws IOException, InterruptedException {
    var body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(TOKEN_URL))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String cached(String key, Map<String, String> form) {
    var hit = CACHE.get(key);
    if (hit != null && Instant.now().isBefore(hit.refreshAfter())) {
      return hit.token();
    }
    var fresh = request(form);
    CACHE.put(key, fresh);
    return fresh.token();
  }

  private static Cached request(Map<String, String> form) {
    try {
      var response = send(form);
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Login failed (" + response.statusCode() + "): " + response.body());
      }
      var json = Json.createReader(new StringReader(response.body())).readObject();
      var lifetime = json.getJsonNumber("expires_in").longValue();
      return new Cached(
          json.getString("access_token"), Instant.now().plusSeconds(Math.max(5, lifetime - 30)));
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak is not reachable at " + TOKEN_URL, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
