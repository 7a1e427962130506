package care.dyad.export.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a payer wants its outcome bundles pushed: a FHIR server's base URL (a rest-hook
 * Subscription, one per payer), with the Authorization header value to send, if any.
 */
@Entity
@Table(name = "payer_endpoint")
public class PayerEndpoint {

  @Id
  @Column(name = "payer_id")
  private String payerId;

  @Column(name = "subscription_id", nullable = false)
  private UUID subscriptionId;

  @Column(nullable = false)
  private String url;

  @Column(name = "authorization_header")
  private String authorizationHeader;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  protected PayerEndpoint() {}

  public PayerEndpoint(String payerId, String url, String authorizationHeader, Instant now) {
    this.payerId = payerId;
    this.subscriptionId = UUID.randomUUID();
    change(url, authorizationHeader, now);
  }

  /** A new address or credentials; the subscription keeps its id. */
  public void change(String newUrl, String newAuthorizationHeader, Instant now) {
    url = newUrl;
    authorizationHeader = newAuthorizationHeader;
    registeredAt = now;
  }

  public String payerId() {
    return payerId;
  }

  public UUID subscriptionId() {
    return subscriptionId;
  }

  public String url() {
    return url;
  }

  public String authorizationHeader() {
    return authorizationHeader;
  }

  public Instant registeredAt() {
    return registeredAt;
  }
}
