package care.dyad.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A correction of a recorded score: the original stays, with who amended it, when and why. */
@Entity
@Table(name = "assessment_amendment")
public class AssessmentAmendment {

  @Id private UUID id;

  @Column(name = "assessment_id", nullable = false, updatable = false)
  private UUID assessmentId;

  @Column(updatable = false)
  private BigDecimal score;

  @Column(updatable = false)
  private String category;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "amended_at", nullable = false, updatable = false)
  private Instant amendedAt;

  @Column(name = "amended_by", nullable = false, updatable = false)
  private String amendedBy;

  protected AssessmentAmendment() {}

  AssessmentAmendment(
      UUID assessmentId,
      BigDecimal score,
      String category,
      String reason,
      String clinician,
      Instant at) {
    this.id = UUID.randomUUID();
    this.assessmentId = Objects.requireNonNull(assessmentId);
    this.score = score;
    this.category = category;
    this.reason = Objects.requireNonNull(reason);
    this.amendedBy = Objects.requireNonNull(clinician);
    this.amendedAt = Objects.requireNonNull(at);
  }

  public UUID assessmentId() {
    return assessmentId;
  }

  public BigDecimal score() {
    return score;
  }

  public String category() {
    return category;
  }

  public String reason() {
    return reason;
  }

  public Instant amendedAt() {
    return amendedAt;
  }

  public String amendedBy() {
    return amendedBy;
  }
}
