package care.dyad.episode.entity;

import care.dyad.referral.entity.Referral;
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

  @Column(name = "close_reason")
  private String closeReason;

  @Column(name = "baseline_recorded", nullable = false)
  private boolean baselineRecorded;

  @Column(name = "attended_sessions", nullable = false)
  private int attendedSessions;

  @Column(name = "last_attended_at")
  private Instant lastAttendedAt;

  @Column(name = "treatment_started_at")
  private Instant treatmentStartedAt;

  @Column(name = "mid_recorded", nullable = false)
  private boolean midRecorded;

  @Column(name = "end_recorded", nullable = false)
  private boolean endRecorded;

  @Column(name = "follow_up_recorded", nullable = false)
  private boolean followUpRecorded;

  @Column(name = "developmental_assessment_required", nullable = false, updatable = false)
  private boolean developmentalAssessmentRequired;

  @Column(name = "developmental_assessment_recorded", nullable = false)
  private boolean developmentalAssessmentRecorded;

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
    this.developmentalAssessmentRequired = referral.needsDevelopmentalAssessment();
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

  /**
   * Moves the episode along its lifecycle. Closing as completed before the minimum dose was
   * attended closes it as dropped-out instead: dropout is derived, never chosen.
   *
   * @param minimumSessions the care plan's minimum dose, or null when no programme is assigned
   */
  public EpisodeTransition transition(
      EpisodeStatus requested,
      String reason,
      Integer minimumSessions,
      boolean hasCarePlan,
      String clinician,
      Instant at) {
    if (requested == EpisodeStatus.DROPPED_OUT) {
      throw DomainException.invalid(
          "to",
          "dropped-out is derived, not chosen: close the episode as completed or withdrawn and"
              + " it is recorded as dropped-out when the minimum dose was not attended.");
    }
    var allowed = Lifecycle.next(status);
    if (!allowed.contains(requested)) {
      throw DomainException.conflict(
          "An episode that is "
              + Codes.of(status)
              + " cannot move to "
              + Codes.of(requested)
              + (allowed.isEmpty()
                  ? "; it is closed."
                  : "; allowed: "
                      + String.join(", ", allowed.stream().map(Codes::of).toList())
                      + "."));
    }
    if (requested == EpisodeStatus.IN_TREATMENT && !hasCarePlan) {
      throw DomainException.conflict(
          "Assign a programme (care plan) before the episode goes into treatment.");
    }
    var reached =
        requested == EpisodeStatus.COMPLETED
                && (minimumSessions == null || attendedSessions < minimumSessions)
            ? EpisodeStatus.DROPPED_OUT
            : requested;
    var transition = new EpisodeTransition(id, status, reached, reason, clinician, at);
    this.status = reached;
    if (reached == EpisodeStatus.IN_TREATMENT) {
      this.treatmentStartedAt = at;
    }
    if (reached.closed()) {
      this.closedAt = at;
      this.closeReason = reason;
    }
    return transition;
  }

  /** A new diagnosis record; the episode keeps the latest as its current diagnosis. */
  public DiagnosisRecord diagnose(Icd11Code code, boolean confirmed, String clinician, Instant at) {
    if (isClosed()) {
      throw DomainException.conflict("Episode " + id + " is closed; its diagnosis is final.");
    }
    this.diagnosis = Objects.requireNonNull(code);
    this.diagnosisConfirmed = confirmed;
    return new DiagnosisRecord(id, code, confirmed, clinician, at);
  }

  /** Notes that a measurement at this time point (baseline, mid, end, follow-up) exists. */
  public void measured(String timePoint) {
    switch (timePoint) {
      case "baseline" -> baselineRecorded = true;
      case "mid" -> midRecorded = true;
      case "end" -> endRecorded = true;
      case "follow-up" -> followUpRecorded = true;
      default -> throw new IllegalArgumentException("Unknown time point " + timePoint);
    }
  }

  public boolean hasMeasurement(String timePoint) {
    return switch (timePoint) {
      case "baseline" -> baselineRecorded;
      case "mid" -> midRecorded;
      case "end" -> endRecorded;
      case "follow-up" -> followUpRecorded;
      default -> false;
    };
  }

  public void developmentalAssessmentRecorded() {
    this.developmentalAssessmentRecorded = true;
  }

  /** An attended session counts toward the delivered dose. */
  public void attended(Instant sessionStart) {
    this.attendedSessions++;
    if (lastAttendedAt == null || sessionStart.isAfter(lastAttendedAt)) {
      this.lastAttendedAt = sessionStart;
    }
  }

  /**
   * Whether the family dropped out: closed before the minimum dose, or in treatment with no
   * attended session for the given gap.
   *
   * @param minimumSessions the care plan's minimum dose, or null without a care plan
   */
  public Dropout dropout(Integer minimumSessions, Duration gap, Instant now) {
    if (status == EpisodeStatus.DROPPED_OUT
        || (status == EpisodeStatus.WITHDRAWN
            && minimumSessions != null
            && attendedSessions < minimumSessions)) {
      return new Dropout(
          true,
          "closed after "
              + attendedSessions
              + " attended session(s)"
              + (minimumSessions == null ? "" : " of a minimum " + minimumSessions));
    }
    if (status == EpisodeStatus.IN_TREATMENT) {
      var since = lastAttendedAt != null ? lastAttendedAt : treatmentStartedAt;
      if (since != null && since.plus(gap).isBefore(now)) {
        return new Dropout(
            true,
            "no attended session for "
                + Duration.between(since, now).toDays() / 7
                + " weeks (limit "
                + gap.toDays() / 7
                + ")");
      }
    }
    return Dropout.NONE;
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

  public String closeReason() {
    return closeReason;
  }

  public boolean hasBaseline() {
    return baselineRecorded;
  }

  public int attendedSessions() {
    return attendedSessions;
  }

  public Instant treatmentStartedAt() {
    return treatmentStartedAt;
  }

  public Instant lastAttendedAt() {
    return lastAttendedAt;
  }

  public boolean developmentalAssessmentRequired() {
    return developmentalAssessmentRequired;
  }

  public boolean developmentalAssessmentDone() {
    return developmentalAssessmentRecorded;
  }

  public boolean isClosed() {
    return status.closed();
  }
}
