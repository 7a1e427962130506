package care.dyad.referral.entity;

import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A caregiver's consent, given on a date and possibly withdrawn later; never deleted. */
@Entity
@Table(name = "consent")
public class Consent {

  @Id private UUID id;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private UUID referralId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false)
  private ConsentKind kind;

  @Column(name = "given_on", nullable = false, updatable = false)
  private LocalDate givenOn;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  protected Consent() {}

  public Consent(UUID referralId, ConsentKind kind, LocalDate givenOn, String recordedBy) {
    this.id = UUID.randomUUID();
    this.referralId = Objects.requireNonNull(referralId);
    this.kind = Objects.requireNonNull(kind);
    this.givenOn = Objects.requireNonNull(givenOn);
    this.recordedBy = Objects.requireNonNull(recordedBy);
  }

  /** Withdrawal stops what the consent allowed from that date on; it happens once. */
  public void withdraw(LocalDate on, String by) {
    if (withdrawnOn != null) {
      throw DomainException.conflict(
          "Consent to " + Codes.of(kind) + " was already withdrawn on " + withdrawnOn + ".");
    }
    if (on.isBefore(givenOn)) {
      throw DomainException.invalid(
          "withdrawnOn", "withdrawnOn cannot be before the consent was given (" + givenOn + ").");
    }
    this.withdrawnOn = on;
    this.withdrawnBy = Objects.requireNonNull(by);
  }

  public boolean activeOn(LocalDate day) {
    return !givenOn.isAfter(day) && (withdrawnOn == null || day.isBefore(withdrawnOn));
  }

  public UUID referralId() {
    return referralId;
  }

  public ConsentKind kind() {
    return kind;
  }

  public LocalDate givenOn() {
    return givenOn;
  }

  public LocalDate withdrawnOn() {
    return withdrawnOn;
  }
}
