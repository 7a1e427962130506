package care.dyad.episode.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A diagnosis as recorded at one moment; the history of an episode's diagnoses is kept. */
@Entity
@Table(name = "diagnosis_record")
public class DiagnosisRecord {

  @Id private UUID id;

  @Column(name = "episode_id", nullable = false, updatable = false)
  private UUID episodeId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false)
  private Icd11Code code;

  @Column(nullable = false, updatable = false)
  private boolean confirmed;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  protected DiagnosisRecord() {}

  DiagnosisRecord(UUID episodeId, Icd11Code code, boolean confirmed, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.episodeId = Objects.requireNonNull(episodeId);
    this.code = Objects.requireNonNull(code);
    this.confirmed = confirmed;
    this.recordedBy = Objects.requireNonNull(by);
    this.recordedAt = Objects.requireNonNull(at);
  }

  public Icd11Code code() {
    return code;
  }

  public boolean confirmed() {
    return confirmed;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
