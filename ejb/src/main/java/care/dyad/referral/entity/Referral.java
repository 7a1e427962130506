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

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false)
  private Urgency urgency;

  @Column(name = "developmental_concern", nullable = false, updatable = false)
  private boolean developmentalConcern;

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

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "redirected_to")
  private String redirectedTo;

  protected Referral() {}

  public Referral(
      Dyad dyad,
      ReferralSource source,
      String reason,
      Urgency urgency,
      boolean safeguardingConcern,
      boolean developmentalConcern,
      String payerId,
      String memberId,
      String registeredBy,
      Instant receivedAt) {
    this.id = UUID.randomUUID();
    this.dyad = Objects.requireNonNull(dyad);
    this.centreId = dyad.centreId();
    this.source = Objects.requireNonNull(source);
    this.reason = Objects.requireNonNull(reason);
    this.urgency = Objects.requireNonNull(urgency);
    this.safeguardingConcern = safeguardingConcern;
    this.developmentalConcern = developmentalConcern;
    this.payerId = Objects.requireNonNull(payerId);
    this.memberId = Objects.requireNonNull(memberId);
    this.registeredBy = Objects.requireNonNull(registeredBy);
    this.receivedAt = Objects.requireNonNull(receivedAt);
    this.status = ReferralStatus.RECEIVED;
  }

  /** Accepting is allowed once, from a received referral only. */
  public void accept(String clinician, Instant at) {
    decide(ReferralStatus.ACCEPTED, null, clinician, at);
  }

  /** Declining needs a reason the family and referrer can be told. */
  public void decline(String reason, String clinician, Instant at) {
    decide(ReferralStatus.DECLINED, reason, clinician, at);
  }

  /** Redirecting sends the dyad elsewhere first, e.g. to a developmental assessment. */
  public void redirect(String destination, String reason, String clinician, Instant at) {
    decide(ReferralStatus.REDIRECTED, reason, clinician, at);
    this.redirectedTo = Objects.requireNonNull(destination);
  }

  private void decide(ReferralStatus outcome, String reason, String clinician, Instant at) {
    if (status != ReferralStatus.RECEIVED) {
      throw DomainException.conflict(
          "Referral "
              + id
              + " is "
              + Codes.of(status)
              + " already; only a received referral can be "
              + Codes.of(outcome)
              + ".");
    }
    this.status = outcome;
    this.decisionReason = reason;
    this.decidedBy = Objects.requireNonNull(clinician);
    this.decidedAt = Objects.requireNonNull(at);
  }

  /** Whether a structured developmental assessment must come before any programme. */
  public boolean needsDevelopmentalAssessment() {
    return safeguardingConcern || developmentalConcern;
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

  public Urgency urgency() {
    return urgency;
  }

  public boolean developmentalConcern() {
    return developmentalConcern;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public String redirectedTo() {
    return redirectedTo;
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
