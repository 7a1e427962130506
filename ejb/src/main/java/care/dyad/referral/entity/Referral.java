package care.dyad.referral.entity;

import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A request for care for a dyad, triaged by the centre. */
@Entity
@Table(name = "referral")
public class Referral {

  @Id private UUID id;

  @Version private long version;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private String centreId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dyad_id", nullable = false, updatable = false)
  private Dyad dyad;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false)
  private ReferralSource source;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "safeguarding_concern", nullable = false, updatable = false)
  private boolean safeguardingConcern;

  @Column(name = "payer_id", nullable = false, updatable = false)
  private String payerId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private String memberId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false)
  private ReferralStatus status;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "registered_by", nullable = false, updatable = false)
  private String registeredBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  protected Referral() {}

  public Referral(
      Dyad dyad,
      ReferralSource source,
      String reason,
      boolean safeguardingConcern,
      String payerId,
      String memberId,
      String registeredBy,
      Instant receivedAt) {
    this.id = UUID.randomUUID();
    this.dyad = Objects.requireNonNull(dyad);
    this.centreId = dyad.centreId();
    this.source = Objects.requireNonNull(source);
    this.reason = Objects.requireNonNull(reason);
    this.safeguardingConcern = safeguardingConcern;
    this.payerId = Objects.requireNonNull(payerId);
    this.memberId = Objects.requireNonNull(memberId);
    this.registeredBy = Objects.requireNonNull(registeredBy);
    this.receivedAt = Objects.requireNonNull(receivedAt);
    this.status = ReferralStatus.RECEIVED;
  }

  /** Accepting is allowed once, from a received referral only. */
  public void accept(String clinician, Instant at) {
    if (status != ReferralStatus.RECEIVED) {
      throw DomainException.conflict(
          "Referral "
              + id
              + " is "
              + Codes.of(status)
              + "; only a received referral can be accepted.");
    }
    this.status = ReferralStatus.ACCEPTED;
    this.decidedBy = Objects.requireNonNull(clinician);
    this.decidedAt = Objects.requireNonNull(at);
  }

  public UUID id() {
    return id;
  }

  public String centreId() {
    return centreId;
  }

  public Dyad dyad() {
    return dyad;
  }

  public ReferralSource source() {
    return source;
  }

  public String reason() {
    return reason;
  }

  public boolean safeguardingConcern() {
    return safeguardingConcern;
  }

  public String payerId() {
    return payerId;
  }

  public String memberId() {
    return memberId;
  }

  public ReferralStatus status() {
    return status;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
