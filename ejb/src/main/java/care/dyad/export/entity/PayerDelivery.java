package care.dyad.export.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One transaction Bundle for one payer, queued (outbox) in the transaction of the event that caused
 * it and pushed afterwards with retries. Its id is the Bundle's identifier, so a redelivery is
 * recognisably the same delivery.
 */
@Entity
@Table(name = "payer_delivery")
public class PayerDelivery {

  /** Attempts before a delivery is given up: backoff doubles from 5 s to an hour, about a day. */
  public static final int MAX_ATTEMPTS = 33;

  @Id private UUID id;

  @Column(name = "payer_id", nullable = false, updatable = false)
  private String payerId;

  @Column(name = "episode_id", nullable = false, updatable = false)
  private UUID episodeId;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private String centreId;

  @Column(nullable = false, updatable = false)
  private String event;

  @Column(name = "bundle_json", nullable = false, updatable = false, length = 1_000_000)
  private String bundleJson;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "last_http_status")
  private Integer lastHttpStatus;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected PayerDelivery() {}

  public PayerDelivery(
      UUID id,
      String payerId,
      UUID episodeId,
      String centreId,
      String event,
      String bundleJson,
      Instant now) {
    this.id = id;
    this.payerId = payerId;
    this.episodeId = episodeId;
    this.centreId = centreId;
    this.event = event;
    this.bundleJson = bundleJson;
    this.status = DeliveryStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /**
   * Claims the delivery for one attempt: nobody else picks it up until the lease runs out, which
   * also brings it back if this server stops mid-attempt.
   */
  public void claim(Instant now, Duration lease) {
    nextAttemptAt = now.plus(lease);
  }

  public void delivered(int httpStatus, Instant now) {
    status = DeliveryStatus.DELIVERED;
    attempts++;
    lastHttpStatus = httpStatus;
    lastError = null;
    deliveredAt = now;
  }

  /** A failed attempt: retried with exponential backoff, given up after the last one. */
  public void attemptFailed(Integer httpStatus, String error, Instant now) {
    attempts++;
    lastHttpStatus = httpStatus;
    lastError = error.length() > 300 ? error.substring(0, 300) : error;
    if (attempts >= MAX_ATTEMPTS) {
      status = DeliveryStatus.FAILED;
    } else {
      var backoff = Duration.ofSeconds(Math.min(3600, 5L << Math.min(attempts - 1, 10)));
      nextAttemptAt = now.plus(backoff);
    }
  }

  /** Not sent, and never will be: {@code reason} says why (consent withdrawn, partner ended). */
  public void withheld(Instant now, String reason) {
    status = DeliveryStatus.WITHHELD;
    lastError = reason;
    deliveredAt = null;
    nextAttemptAt = now;
  }

  /** A centre admin's retry of a failed delivery. */
  public void retry(Instant now) {
    status = DeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  public UUID id() {
    return id;
  }

  public String payerId() {
    return payerId;
  }

  public UUID episodeId() {
    return episodeId;
  }

  public String centreId() {
    return centreId;
  }

  public String event() {
    return event;
  }

  public String bundleJson() {
    return bundleJson;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Integer lastHttpStatus() {
    return lastHttpStatus;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
