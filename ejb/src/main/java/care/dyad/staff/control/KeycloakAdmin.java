package care.dyad.staff.control;

import care.dyad.shared.DomainException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
      throw DomainException.unavailable(
          "Keycloak refused the change (HTTP "
              + status
              + "); nothing was changed. Check the admin client's permissions, then retry.");
    }
  }

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
