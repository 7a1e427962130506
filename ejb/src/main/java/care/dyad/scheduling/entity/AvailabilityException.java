package care.dyad.scheduling.entity;

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

/** Time a clinician is away from their usual hours: leave, training. */
@Entity
@Table(name = "availability_exception")
public class AvailabilityException {

  /** Why the clinician is away. */
  public enum Kind {
    LEAVE,
    TRAINING,
    OTHER
  }

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected AvailabilityException() {}

  public AvailabilityException(
      String username, Kind kind, Instant startsAt, Instant endsAt, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.username = Objects.requireNonNull(username);
    this.kind = Objects.requireNonNull(kind);
    this.startsAt = Objects.requireNonNull(startsAt);
    this.endsAt = Objects.requireNonNull(endsAt);
    this.createdBy = Objects.requireNonNull(by);
    this.createdAt = Objects.requireNonNull(at);
  }

  public UUID id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }
}
