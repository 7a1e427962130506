package care.dyad.programme.entity;

import care.dyad.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A programme's defined dose: how many sessions, how far apart, how long, and when to re-measure. A
 * programme defines it; a care plan keeps a copy, so catalogue edits never rewrite a family's plan.
 * Immutable.
 */
@Embeddable
public class Dose {

  @Column(name = "planned_sessions", nullable = false)
  private int plannedSessions;

  @Column(name = "minimum_sessions", nullable = false)
  private int minimumSessions;

  @Column(name = "interval_min_days", nullable = false)
  private int intervalMinDays;

  @Column(name = "interval_max_days", nullable = false)
  private int intervalMaxDays;

  @Column(name = "session_minutes", nullable = false)
  private int sessionMinutes;

  @Column(name = "mid_after_session")
  private Integer midAfterSession;

  @Column(name = "follow_up_weeks")
  private Integer followUpWeeks;

  protected Dose() {}

  /**
   * @param midAfterSession the mid re-measurement falls after this session, or null
   * @param followUpWeeks the follow-up falls this long after the end, or null
   */
  public Dose(
      int plannedSessions,
      int minimumSessions,
      int intervalMinDays,
      int intervalMaxDays,
      int sessionMinutes,
      Integer midAfterSession,
      Integer followUpWeeks) {
    if (minimumSessions < 1 || minimumSessions > plannedSessions) {
      throw DomainException.invalid(
          "minimumSessions", "minimumSessions must be between 1 and plannedSessions.");
    }
    if (intervalMinDays < 1 || intervalMinDays > intervalMaxDays) {
      throw DomainException.invalid(
          "intervalMinDays", "intervalMinDays must be at least 1 and at most intervalMaxDays.");
    }
    if (midAfterSession != null && (midAfterSession < 1 || midAfterSession >= plannedSessions)) {
      throw DomainException.invalid(
          "midAfterSession", "midAfterSession must fall before the last planned session.");
    }
    if (followUpWeeks != null && (followUpWeeks < 1 || followUpWeeks > 104)) {
      throw DomainException.invalid(
          "followUpWeeks", "followUpWeeks must be between 1 and 104 (two years), or left out.");
    }
    if (sessionMinutes < 15 || sessionMinutes > 240) {
      throw DomainException.invalid("sessionMinutes", "sessionMinutes must be between 15 and 240.");
    }
    this.plannedSessions = plannedSessions;
    this.minimumSessions = minimumSessions;
    this.intervalMinDays = intervalMinDays;
    this.intervalMaxDays = intervalMaxDays;
    this.sessionMinutes = sessionMinutes;
    this.midAfterSession = midAfterSession;
    this.followUpWeeks = followUpWeeks;
  }

  public int plannedSessions() {
    return plannedSessions;
  }

  public int minimumSessions() {
    return minimumSessions;
  }

  public int intervalMinDays() {
    return intervalMinDays;
  }

  public int intervalMaxDays() {
    return intervalMaxDays;
  }

  public int sessionMinutes() {
    return sessionMinutes;
  }

  public Integer midAfterSession() {
    return midAfterSession;
  }

  public Integer followUpWeeks() {
    return followUpWeeks;
  }
}
