package care.dyad.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the deployed application, answering {@link Reply}s. */
public final class Http {

  // HTTP/1.1 with keep-alive, one connection per concurrent request, as browsers and
  // integrations use the API; the JDK's default would multiplex everything over one h2c link.
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String base;

  /**
   * @param base the deployment's root URL, as Arquillian injects it
   */
  public Http(URL base) {
    var text = base.toString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** An answer: status, headers and body, with JSON helpers. */
  public record Reply(int status, HttpResponse<String> raw) {

    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(raw.body())).readObject();
    }

    public JsonArray jsonArray() {
      return Json.createReader(new StringReader(raw.body())).readArray();
    }

    /** The field a problem's first error names, e.g. {@code child.birthDate}. */
    public String firstErrorField() {
      return json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Override
    public String toString() {
      return status + " " + raw.request().method() + " " + raw.uri() + " -> " + raw.body();
    }
  }

  public Reply get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Reply post(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String token, String json) {
    return send("PUT", path, token, "application/json", json);
  }

  public Reply send(String method, String path, String token, String contentType, String body) {
    return send(method, path, token, contentType, body, java.util.Map.of());
  }

  /** A request with extra headers, which replace the defaults (e.g. {@code Accept}). */
  public Reply send(
      String method,
      String path,
      String token,
      String contentType,
      String body,
      java.util.Map<String, String> headers) {
    var builder = request(path, token);
    headers.forEach(builder::setHeader);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(
        builder.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path, String token) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json, application/fhir+json, application/problem+json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      var response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
