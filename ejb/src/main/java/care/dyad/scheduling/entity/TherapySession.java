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

  @Column(name = "caregiver_present")
  private Boolean caregiverPresent;

  @Column(name = "child_present")
  private Boolean childPresent;

  @Column(name = "video_used")
  private Boolean videoUsed;

  @Column(name = "outcome_recorded_at")
  private Instant outcomeRecordedAt;

  @Column(name = "outcome_recorded_by")
  private String outcomeRecordedBy;

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

  /**
   * Records what happened, once the session has started. Only attended sessions count toward the
   * delivered dose.
   */
  public void recordOutcome(
      SessionStatus outcome,
      boolean caregiverPresent,
      boolean childPresent,
      boolean videoUsed,
      String clinician,
      Instant now) {
    if (outcome != SessionStatus.ATTENDED && outcome != SessionStatus.DID_NOT_ATTEND) {
      throw DomainException.invalid("outcome", "outcome must be attended or did-not-attend.");
    }
    if (status != SessionStatus.BOOKED) {
      throw DomainException.conflict(
          "This session's outcome is already recorded (" + status.name().toLowerCase() + ").");
    }
    if (now.isBefore(startsAt)) {
      throw DomainException.conflict(
          "This session starts at " + startsAt + "; record its outcome once it has taken place.");
    }
    if (outcome == SessionStatus.ATTENDED && !caregiverPresent && !childPresent) {
      throw DomainException.invalid(
          "caregiverPresent", "An attended session needs the caregiver or the child present.");
    }
    this.status = outcome;
    this.caregiverPresent = outcome == SessionStatus.ATTENDED ? caregiverPresent : null;
    this.childPresent = outcome == SessionStatus.ATTENDED ? childPresent : null;
    this.videoUsed = outcome == SessionStatus.ATTENDED ? videoUsed : null;
    this.outcomeRecordedBy = clinician;
    this.outcomeRecordedAt = now;
  }

  public Boolean caregiverPresent() {
    return caregiverPresent;
  }

  public Boolean childPresent() {
    return childPresent;
  }

  public Boolean videoUsed() {
    return videoUsed;
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
