package care.dyad.assessment.entity;

import care.dyad.programme.entity.Instrument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One score on one instrument at one time point of an episode. Never overwritten. */
@Entity
@Table(name = "assessment")
public class Assessment {

  @Id private UUID id;

  @Column(name = "episode_id", nullable = false, updatable = false)
  private UUID episodeId;

  @Column(name = "instrument_code", nullable = false, updatable = false)
  private String instrumentCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "time_point", nullable = false, updatable = false)
  private TimePoint timePoint;

  @Column(updatable = false)
  private BigDecimal score;

  @Column(updatable = false)
  private String category;

  @Column(name = "assessed_on", nullable = false, updatable = false)
  private Instant assessedAt;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  protected Assessment() {}

  /** Records a score after checking it against the instrument's scale. */
  public Assessment(
      UUID episodeId,
      Instrument instrument,
      TimePoint timePoint,
      BigDecimal score,
      String category,
      Instant assessedAt,
      String clinician,
      Instant recordedAt) {
    instrument.checkScore(score, category);
    this.id = UUID.randomUUID();
    this.episodeId = Objects.requireNonNull(episodeId);
    this.instrumentCode = instrument.code();
    this.timePoint = Objects.requireNonNull(timePoint);
    this.score = score;
    this.category = category == null ? null : category.trim();
    this.assessedAt = Objects.requireNonNull(assessedAt);
    this.recordedBy = Objects.requireNonNull(clinician);
    this.recordedAt = Objects.requireNonNull(recordedAt);
  }

  /** Amends the score; the instrument checks the new value, the original row stays as it was. */
  public AssessmentAmendment amend(
      Instrument instrument,
      BigDecimal newScore,
      String newCategory,
      String reason,
      String clinician,
      Instant at) {
    instrument.checkScore(newScore, newCategory);
    return new AssessmentAmendment(
        id, newScore, newCategory == null ? null : newCategory.trim(), reason, clinician, at);
  }

  public UUID id() {
    return id;
  }

  public UUID episodeId() {
    return episodeId;
  }

  public String instrumentCode() {
    return instrumentCode;
  }

  public TimePoint timePoint() {
    return timePoint;
  }

  public BigDecimal score() {
    return score;
  }

  public String category() {
    return category;
  }

  public Instant assessedAt() {
    return assessedAt;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
