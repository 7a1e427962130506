package care.dyad.episode.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A structured developmental assessment, required before a programme when safeguarding or a
 * possible developmental condition was flagged at referral.
 */
@Entity
@Table(name = "developmental_assessment")
public class DevelopmentalAssessment {

  @Id private UUID id;

  @Column(name = "episode_id", nullable = false, updatable = false)
  private UUID episodeId;

  @Column(nullable = false, updatable = false)
  private String tool;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false)
  private DevelopmentalFinding finding;

  @Column(name = "performed_on", nullable = false, updatable = false)
  private LocalDate performedOn;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  protected DevelopmentalAssessment() {}

  public DevelopmentalAssessment(
      Episode episode,
      String tool,
      DevelopmentalFinding finding,
      LocalDate performedOn,
      String clinician,
      Instant at) {
    this.id = UUID.randomUUID();
    this.episodeId = episode.id();
    this.tool = Objects.requireNonNull(tool);
    this.finding = Objects.requireNonNull(finding);
    this.performedOn = Objects.requireNonNull(performedOn);
    this.recordedBy = Objects.requireNonNull(clinician);
    this.recordedAt = Objects.requireNonNull(at);
    episode.developmentalAssessmentRecorded();
  }

  public UUID id() {
    return id;
  }

  public String tool() {
    return tool;
  }

  public DevelopmentalFinding finding() {
    return finding;
  }

  public LocalDate performedOn() {
    return performedOn;
  }
}
