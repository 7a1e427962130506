package care.dyad.scheduling.entity;

import care.dyad.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One booked appointment of a dyad with a clinician. Times are UTC instants. */
@Entity
@Table(name = "therapy_session")
public class TherapySession {

  static final Duration SHORTEST = Duration.ofMinutes(15);
  static final Duration LONGEST = Duration.ofHours(4);

  @Id private UUID id;

  @Version private long version;

  @Column(name = "episode_id", nullable = false, updatable = false)
  private UUID episodeId;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private String centreId;

  @Column(name = "clinician_id", nullable = false)
  private String clinicianId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false)
  private SessionStatus status;

  @Column(name = "booked_by", nullable = false, updatable = false)
  private String bookedBy;

  @Column(name = "booked_at", nullable = false, updatable = false)
  private Instant bookedAt;

  protected TherapySession() {}

  public TherapySession(
      UUID episodeId,
      String centreId,
      String clinicianId,
      Instant startsAt,
      Duration length,
      String bookedBy,
      Instant bookedAt) {
    if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
      throw DomainException.invalid(
          "durationMinutes",
          "durationMinutes must be between 15 and 240; got " + length.toMinutes());
    }
    if (!startsAt.isAfter(bookedAt)) {
      throw DomainException.invalid("startsAt", "startsAt must be in the future.");
    }
    this.id = UUID.randomUUID();
    this.episodeId = Objects.requireNonNull(episodeId);
    this.centreId = Objects.requireNonNull(centreId);
    this.clinicianId = Objects.requireNonNull(clinicianId);
    this.startsAt = startsAt;
    this.endsAt = startsAt.plus(length);
    this.status = SessionStatus.BOOKED;
    this.bookedBy = Objects.requireNonNull(bookedBy);
    this.bookedAt = bookedAt;
  }

  public UUID id() {
    return id;
  }

  public UUID episodeId() {
    return episodeId;
  }

  public String centreId() {
    return centreId;
  }

  public String clinicianId() {
    return clinicianId;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public SessionStatus status() {
    return status;
  }
}
