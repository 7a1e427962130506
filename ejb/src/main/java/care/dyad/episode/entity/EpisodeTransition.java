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

/** One step of an episode's lifecycle, with who, when and why. Append-only. */
@Entity
@Table(name = "episode_transition")
public class EpisodeTransition {

  @Id private UUID id;

  @Column(name = "episode_id", nullable = false, updatable = false)
  private UUID episodeId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "from_status", nullable = false, updatable = false)
  private EpisodeStatus from;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "to_status", nullable = false, updatable = false)
  private EpisodeStatus to;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  protected EpisodeTransition() {}

  EpisodeTransition(
      UUID episodeId,
      EpisodeStatus from,
      EpisodeStatus to,
      String reason,
      String actor,
      Instant at) {
    this.id = UUID.randomUUID();
    this.episodeId = Objects.requireNonNull(episodeId);
    this.from = Objects.requireNonNull(from);
    this.to = Objects.requireNonNull(to);
    this.reason = Objects.requireNonNull(reason);
    this.actor = Objects.requireNonNull(actor);
    this.occurredAt = Objects.requireNonNull(at);
  }

  public EpisodeStatus from() {
    return from;
  }

  public EpisodeStatus to() {
    return to;
  }

  public String reason() {
    return reason;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }
}
