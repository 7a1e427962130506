package care.dyad.episode.entity;

import care.dyad.referral.entity.Referral;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One course of care for one dyad. Opened by accepting a referral. */
@Entity
@Table(name = "episode")
public class Episode {

  @Id private UUID id;

  @Version private long version;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private String centreId;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private UUID referralId;

  @Column(name = "dyad_id", nullable = false, updatable = false)
  private UUID dyadId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false)
  private EpisodeStatus status;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "diagnosis_code", nullable = false)
  private Icd11Code diagnosis;

  @Column(name = "diagnosis_confirmed", nullable = false)
  private boolean diagnosisConfirmed;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false, updatable = false)
  private String openedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Episode() {}

  private Episode(Referral referral, Icd11Code diagnosis, String clinician, Instant at) {
    this.id = UUID.randomUUID();
    this.centreId = referral.centreId();
    this.referralId = referral.id();
    this.dyadId = referral.dyad().id();
    this.status = EpisodeStatus.OPEN;
    this.diagnosis = Objects.requireNonNull(diagnosis);
    this.diagnosisConfirmed = false;
    this.openedBy = Objects.requireNonNull(clinician);
    this.openedAt = Objects.requireNonNull(at);
  }

  /**
   * Accepts the referral and opens its episode with a provisional diagnosis; only a clinician's
   * later confirmation makes the diagnosis final.
   */
  public static Episode openFrom(
      Referral referral, Icd11Code provisionalDiagnosis, String clinician, Instant at) {
    referral.accept(clinician, at);
    return new Episode(referral, provisionalDiagnosis, clinician, at);
  }

  public UUID id() {
    return id;
  }

  public String centreId() {
    return centreId;
  }

  public UUID referralId() {
    return referralId;
  }

  public UUID dyadId() {
    return dyadId;
  }

  public EpisodeStatus status() {
    return status;
  }

  public Icd11Code diagnosis() {
    return diagnosis;
  }

  public boolean diagnosisConfirmed() {
    return diagnosisConfirmed;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public boolean isClosed() {
    return status.closed();
  }
}
