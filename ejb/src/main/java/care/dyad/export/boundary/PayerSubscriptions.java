package care.dyad.export.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.export.entity.PayerEndpoint;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A payer's own delivery endpoint (one rest-hook Subscription per payer): where outcome bundles are
 * pushed when its members' episodes reach a reportable point.
 */
@Stateless
@RolesAllowed(Roles.PAYER)
public class PayerSubscriptions {

  /** A URI host that is an IPv4 address; an IPv6 one is written in brackets. */
  private static final Pattern IPV4 = Pattern.compile("[0-9.]+");

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
    if (isMachineLocal(uri.getHost())) {
      throw DomainException.invalid(
          "channel.endpoint",
          "channel.endpoint must be a server's address: link-local, wildcard and multicast"
              + " addresses (such as a cloud metadata service at 169.254.169.254) are refused.");
    }
  }

  /**
   * Whether the host is an address of the machine or its link rather than of a server: deliveries
   * carry health data and must not be pointed at a cloud metadata service. Only addresses written
   * as such are judged; names are not looked up here, as a lookup in the request could hang.
   */
  private static boolean isMachineLocal(String host) {
    var ipv6 = host.startsWith("[");
    if (!ipv6 && !IPV4.matcher(host).matches()) {
      return false;
    }
    var literal = ipv6 ? host.substring(1, host.length() - 1) : host;
    try {
      var address = InetAddress.getByName(literal); // a literal: parsed, never resolved
      return address.isLinkLocalAddress()
          || address.isAnyLocalAddress()
          || address.isMulticastAddress();
    } catch (UnknownHostException e) {
      return false;
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
