package care.dyad.export.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.export.control.EndpointAddresses;
import care.dyad.export.entity.PayerEndpoint;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A payer's own delivery endpoint (one rest-hook Subscription per payer): where outcome bundles are
 * pushed when its members' episodes reach a reportable point.
 */
@Stateless
@RolesAllowed(Roles.PAYER)
public class PayerSubscriptions {

  @Inject CurrentCaller caller;
  @PersistenceContext EntityManager em;

  /** The endpoint as the payer registered it (the Authorization value is never shown back). */
  public record EndpointView(
      UUID subscriptionId, String url, boolean authorization, Instant registeredAt) {}

  /** Registers (or replaces) the caller's endpoint. */
  @Audited(action = "export.subscription-register")
  public EndpointView register(String url, String authorizationHeader) {
    checkUrl(url);
    if (url.length() > 1000) {
      throw DomainException.invalid(
          "channel.endpoint", "channel.endpoint may be 1,000 characters at most.");
    }
    if (authorizationHeader != null && authorizationHeader.length() > 2000) {
      throw DomainException.invalid(
          "channel.header", "The Authorization header may be 2,000 characters at most.");
    }
    var payerId = caller.get().payerId();
    var endpoint = em.find(PayerEndpoint.class, payerId);
    var now = Instant.now();
    if (endpoint == null) {
      endpoint = new PayerEndpoint(payerId, url, authorizationHeader, now);
      em.persist(endpoint);
    } else {
      endpoint.change(url, authorizationHeader, now);
    }
    return view(endpoint);
  }

  public Optional<EndpointView> current() {
    return Optional.ofNullable(em.find(PayerEndpoint.class, caller.get().payerId()))
        .map(PayerSubscriptions::view);
  }

  /** Stops pushed delivery; what is already queued is then not delivered. */
  @Audited(action = "export.subscription-remove")
  public void remove(UUID subscriptionId) {
    var endpoint = em.find(PayerEndpoint.class, caller.get().payerId());
    if (endpoint == null || !endpoint.subscriptionId().equals(subscriptionId)) {
      throw DomainException.notFound("Subscription", subscriptionId);
    }
    em.remove(endpoint);
  }

  private static void checkUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new URISyntaxException(url, "not http(s)");
      }
    } catch (URISyntaxException | NullPointerException e) {
      throw DomainException.invalid(
          "channel.endpoint",
          "channel.endpoint must be the absolute http(s) base URL of your FHIR server.");
    }
    if (EndpointAddresses.isRefusedLiteral(uri.getHost())) {
      throw DomainException.invalid(
          "channel.endpoint",
          "channel.endpoint must be a server's address: link-local, wildcard and multicast"
              + " addresses (such as a cloud metadata service at 169.254.169.254) are refused.");
    }
    if ("http".equals(uri.getScheme()) && !EndpointAddresses.isLocalLiteral(uri.getHost())) {
      throw DomainException.invalid(
          "channel.endpoint",
          "channel.endpoint must use https: deliveries carry health data, and plain http is"
              + " allowed only to localhost or an address on a private network.");
    }
  }

  private static EndpointView view(PayerEndpoint endpoint) {
    return new EndpointView(
        endpoint.subscriptionId(),
        endpoint.url(),
        endpoint.authorizationHeader() != null,
        endpoint.registeredAt());
  }
}
