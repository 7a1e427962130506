package care.dyad.scheduling.entity;

import care.dyad.shared.Codes;
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

/**
 * One booked appointment of a dyad with a clinician, session k of the episode's dose. Times are UTC
 * instants. A home visit needs no room but blocks the clinician's travel time around it. Its number
 * k of N is derived from the live bookings, never stored. Bookings are never deleted: a cancelled
 * or rescheduled one stays in the history.
 */
@Entity
@Table(name = "therapy_session")
public class TherapySession {

  static final Duration SHORTEST = Duration.ofMinutes(15);
  static final Duration LONGEST = Duration.ofHours(4);

  /** Everything a new booking needs; checked by the scheduling rules before it gets here. */
  public record Booking(
      UUID episodeId,
      String centreId,
      UUID dyadId,
      String clinicianId,
      UUID roomId,
      boolean homeVisit,
      Instant startsAt,
      Duration length,
      Duration travelBuffer,
      String intervalOverrideReason,
      UUID replacesId) {}

  @Id private UUID id;

  @Version private long version;

  @Column(name = "episode_id", nullable = false, updatable = false)
  private UUID episodeId;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private String centreId;

  @Column(name = "dyad_id", nullable = false, updatable = false)
  private UUID dyadId;

  @Column(name = "clinician_id", nullable = false, updatable = false)
  private String clinicianId;

  @Column(name = "room_id", updatable = false)
  private UUID roomId;

  @Column(name = "home_visit", nullable = false, updatable = false)
  private boolean homeVisit;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(name = "blocked_from", nullable = false, updatable = false)
  private Instant blockedFrom;

  @Column(name = "blocked_until", nullable = false, updatable = false)
  private Instant blockedUntil;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false)
  private SessionStatus status;

  @Column(name = "interval_override_reason", updatable = false)
  private String intervalOverrideReason;

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

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "change_reason")
  private ChangeReason changeReason;

  @Column(name = "change_note")
  private String changeNote;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "replaces_id", updatable = false)
  private UUID replacesId;

  @Column(name = "booked_by", nullable = false, updatable = false)
  private String bookedBy;

  @Column(name = "booked_at", nullable = false, updatable = false)
  private Instant bookedAt;

  protected TherapySession() {}

  public TherapySession(Booking booking, String bookedBy, Instant bookedAt) {
    var length = booking.length();
    if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
      throw DomainException.invalid(
          "durationMinutes",
          "durationMinutes must be between 15 and 240; got " + length.toMinutes());
    }
    if (!booking.startsAt().isAfter(bookedAt)) {
      throw DomainException.invalid("startsAt", "startsAt must be in the future.");
    }
    if (booking.homeVisit() == (booking.roomId() != null)) {
      throw DomainException.invalid(
          "roomId", "A session takes place either in a room (roomId) or as a home visit.");
    }
    this.id = UUID.randomUUID();
    this.episodeId = Objects.requireNonNull(booking.episodeId());
    this.centreId = Objects.requireNonNull(booking.centreId());
    this.dyadId = Objects.requireNonNull(booking.dyadId());
    this.clinicianId = Objects.requireNonNull(booking.clinicianId());
    this.roomId = booking.roomId();
    this.homeVisit = booking.homeVisit();
    this.startsAt = booking.startsAt();
    this.endsAt = startsAt.plus(length);
    var travel = booking.homeVisit() ? booking.travelBuffer() : Duration.ZERO;
    this.blockedFrom = startsAt.minus(travel);
    this.blockedUntil = endsAt.plus(travel);
    this.intervalOverrideReason = booking.intervalOverrideReason();
    this.replacesId = booking.replacesId();
    this.status = SessionStatus.BOOKED;
    this.bookedBy = Objects.requireNonNull(bookedBy);
    this.bookedAt = bookedAt;
  }

  /**
   * Records what happened. Attended and did-not-attend once the session has started; a late
   * cancellation at any time. Only attended sessions count toward the delivered dose.
   */
  public void recordOutcome(
      SessionStatus outcome,
      boolean caregiverPresent,
      boolean childPresent,
      boolean videoUsed,
      String clinician,
      Instant now) {
    if (outcome != SessionStatus.ATTENDED
        && outcome != SessionStatus.DID_NOT_ATTEND
        && outcome != SessionStatus.CANCELLED_LATE) {
      throw DomainException.invalid(
          "outcome", "outcome must be attended, did-not-attend or cancelled-late.");
    }
    requireBooked();
    if (outcome != SessionStatus.CANCELLED_LATE && now.isBefore(startsAt)) {
      throw DomainException.conflict(
          "This session starts at " + startsAt + "; record its outcome once it has taken place.");
    }
    if (outcome == SessionStatus.ATTENDED && !caregiverPresent && !childPresent) {
      throw DomainException.invalid(
          "caregiverPresent", "An attended session needs the caregiver or the child present.");
    }
    this.status = outcome;
    var attended = outcome == SessionStatus.ATTENDED;
    this.caregiverPresent = attended ? caregiverPresent : null;
    this.childPresent = attended ? childPresent : null;
    this.videoUsed = attended ? videoUsed : null;
    this.outcomeRecordedBy = clinician;
    this.outcomeRecordedAt = now;
  }

  /** Cancels a future booking with a structured reason; the booking stays in the history. */
  public void cancel(ChangeReason reason, String note, String by, Instant at) {
    change(SessionStatus.CANCELLED, reason, note, by, at);
  }

  /** Marks this booking as moved; the new booking points back to it. */
  public void rescheduled(ChangeReason reason, String note, String by, Instant at) {
    change(SessionStatus.RESCHEDULED, reason, note, by, at);
  }

  private void change(SessionStatus to, ChangeReason reason, String note, String by, Instant at) {
    requireBooked();
    if (!at.isBefore(startsAt)) {
      throw DomainException.conflict(
          "This session has started; record its outcome (cancelled-late) instead.");
    }
    if (reason == ChangeReason.OTHER && (note == null || note.isBlank())) {
      throw DomainException.invalid("note", "A reason of 'other' needs a note saying why.");
    }
    this.status = to;
    this.changeReason = Objects.requireNonNull(reason);
    this.changeNote = note;
    this.changedBy = Objects.requireNonNull(by);
    this.changedAt = Objects.requireNonNull(at);
  }

  private void requireBooked() {
    if (status != SessionStatus.BOOKED) {
      throw DomainException.conflict("This session is " + Codes.of(status) + " already.");
    }
  }

  public Booking rebookAt(Instant newStart, String intervalOverrideReason) {
    return new Booking(
        episodeId,
        centreId,
        dyadId,
        clinicianId,
        roomId,
        homeVisit,
        newStart,
        Duration.between(startsAt, endsAt),
        Duration.between(blockedFrom, startsAt),
        intervalOverrideReason,
        id);
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

  public UUID dyadId() {
    return dyadId;
  }

  public String clinicianId() {
    return clinicianId;
  }

  public UUID roomId() {
    return roomId;
  }

  public boolean homeVisit() {
    return homeVisit;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public Instant blockedFrom() {
    return blockedFrom;
  }

  public Instant blockedUntil() {
    return blockedUntil;
  }

  public SessionStatus status() {
    return status;
  }

  public String intervalOverrideReason() {
    return intervalOverrideReason;
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

  public ChangeReason changeReason() {
    return changeReason;
  }

  public String changeNote() {
    return changeNote;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public UUID replacesId() {
    return replacesId;
  }
}
