package care.dyad.staff.control;

import care.dyad.shared.DomainException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.resteasy.client.exception.WebApplicationExceptionWrapper;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The one connection to Keycloak's Admin API. Every call goes through {@link #call}, which turns an
 * unreachable or failing Keycloak into a 503 refusal (the caller's transaction rolls back) and
 * Keycloak's own 409 into a conflict. Short timeouts: an admin waits seconds, not minutes.
 */
@ApplicationScoped
public class KeycloakAdmin {

  @Inject KeycloakSettings settings;

  private volatile Keycloak keycloak;

  /** Runs one piece of work against the realm. */
  public <T> T call(Function<RealmResource, T> work) {
    try {
      return work.apply(client().realm(settings.realm()));
    } catch (ProcessingException e) {
      throw DomainException.unavailable(
          "Keycloak did not answer; nothing was saved here. Retry the same request when Keycloak"
              + " is back: it completes whatever Keycloak had already done.");
    } catch (WebApplicationException e) {
      var status = e.getResponse().getStatus();
      if (status == 409) {
        throw DomainException.conflict("Keycloak already has such an account or client.");
      }
      if (status == 400) {
        // Inside a request RESTEasy hands out a copy without Keycloak's answer; the original has
        // it.
        throw refusal(
            e instanceof WebApplicationExceptionWrapper<?> copy
                ? copy.unwrap().getResponse()
                : e.getResponse());
      }
      throw DomainException.unavailable(
          "Keycloak refused the change (HTTP "
              + status
              + "); nothing was changed. Check the admin client's permissions, then retry.");
    }
  }

  /**
   * Keycloak's 400: a value its user profile does not accept (e.g. a character it forbids in
   * names). Its answer names the field and a message key; the value itself is not repeated.
   */
  public static DomainException refusal(Response response) {
    String field = null;
    var reason = "the value is not accepted";
    try {
      response.bufferEntity();
      try (var reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
        var error = reader.readObject();
        field = error.getString("field", null);
        reason = REASONS.getOrDefault(error.getString("errorMessage", ""), reason);
      }
    } catch (RuntimeException unreadable) {
      // No details to give: the generic reason stands.
    }
    return DomainException.invalid(
        field,
        "Keycloak refused "
            + (field == null ? "the account's details" : field)
            + ": "
            + reason
            + "; change it and retry.");
  }

  private static final Map<String, String> REASONS =
      Map.of(
          "error-person-name-invalid-character",
          "names may not contain < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ] { } ( )",
          "error-username-invalid-character",
          "the username has a character Keycloak does not allow",
          "error-invalid-length",
          "it is too short or too long",
          "error-invalid-email",
          "it is not an email address");

  /** Work whose failure must not mask another one, e.g. undoing a half-made change. */
  public void tryCall(java.util.function.Consumer<RealmResource> work) {
    try {
      call(
          realm -> {
            work.accept(realm);
            return null;
          });
    } catch (RuntimeException ignored) {
      // Best effort: the state left behind is disabled and adopted by the next retry.
    }
  }

  private Keycloak client() {
    var current = keycloak;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      if (keycloak == null) {
        var secret = settings.adminClientSecret();
        if (secret == null) {
          throw DomainException.unavailable(
              "Staff administration is not configured: set DYADCARE_KEYCLOAK_ADMIN_SECRET to the"
                  + " secret of Keycloak client '"
                  + settings.adminClientId()
                  + "'.");
        }
        var http =
            ClientBuilder.newBuilder()
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .register(JacksonProvider.class)
                .build();
        keycloak =
            KeycloakBuilder.builder()
                .serverUrl(settings.adminUrl())
                .realm(settings.realm())
                .grantType("client_credentials")
                .clientId(settings.adminClientId())
                .clientSecret(secret)
                .resteasyClient(http)
                .build();
      }
      return keycloak;
    }
  }

  @PreDestroy
  void close() {
    if (keycloak != null) {
      keycloak.close();
    }
  }
}
