package care.dyad.programme.entity;

import care.dyad.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A protocolised programme from the catalogue, with its defined dose. Data, not code. */
@Entity
@Table(name = "programme")
public class Programme {

  @Id private String code;

  @Column(nullable = false)
  private String name;

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

  @Column(nullable = false)
  private boolean dyadic;

  @Column(name = "video_feedback", nullable = false)
  private boolean videoFeedback;

  @Column(name = "age_min_months", nullable = false)
  private int ageMinMonths;

  @Column(name = "age_max_months", nullable = false)
  private int ageMaxMonths;

  @Column(name = "mid_after_session")
  private Integer midAfterSession;

  @Column(name = "follow_up_weeks")
  private Integer followUpWeeks;

  @Column(nullable = false)
  private String evidence;

  @Column(nullable = false)
  private boolean active;

  protected Programme() {}

  /** Every field of a catalogue entry, as an admin gives it. */
  public record Definition(
      String name,
      int plannedSessions,
      int minimumSessions,
      int intervalMinDays,
      int intervalMaxDays,
      int sessionMinutes,
      boolean dyadic,
      boolean videoFeedback,
      int ageMinMonths,
      int ageMaxMonths,
      Integer midAfterSession,
      Integer followUpWeeks,
      String evidence,
      boolean active) {}

  public Programme(String code, Definition definition) {
    this.code = Objects.requireNonNull(code);
    define(definition);
  }

  /** Changes the catalogue entry; care plans already assigned keep the dose they copied. */
  public void define(Definition d) {
    if (d.minimumSessions() < 1 || d.minimumSessions() > d.plannedSessions()) {
      throw DomainException.invalid(
          "minimumSessions", "minimumSessions must be between 1 and plannedSessions.");
    }
    if (d.intervalMinDays() < 1 || d.intervalMinDays() > d.intervalMaxDays()) {
      throw DomainException.invalid(
          "intervalMinDays", "intervalMinDays must be at least 1 and at most intervalMaxDays.");
    }
    if (d.ageMinMonths() < 0 || d.ageMinMonths() > d.ageMaxMonths()) {
      throw DomainException.invalid(
          "ageMinMonths", "ageMinMonths must be at least 0 and at most ageMaxMonths.");
    }
    if (d.midAfterSession() != null
        && (d.midAfterSession() < 1 || d.midAfterSession() >= d.plannedSessions())) {
      throw DomainException.invalid(
          "midAfterSession", "midAfterSession must fall before the last planned session.");
    }
    if (d.sessionMinutes() < 15 || d.sessionMinutes() > 240) {
      throw DomainException.invalid("sessionMinutes", "sessionMinutes must be between 15 and 240.");
    }
    this.name = d.name();
    this.plannedSessions = d.plannedSessions();
    this.minimumSessions = d.minimumSessions();
    this.intervalMinDays = d.intervalMinDays();
    this.intervalMaxDays = d.intervalMaxDays();
    this.sessionMinutes = d.sessionMinutes();
    this.dyadic = d.dyadic();
    this.videoFeedback = d.videoFeedback();
    this.ageMinMonths = d.ageMinMonths();
    this.ageMaxMonths = d.ageMaxMonths();
    this.midAfterSession = d.midAfterSession();
    this.followUpWeeks = d.followUpWeeks();
    this.evidence = d.evidence();
    this.active = d.active();
  }

  /** A warning when the child's age is outside the programme's range, else null. */
  public String ageWarning(long ageInMonths) {
    if (ageInMonths >= ageMinMonths && ageInMonths <= ageMaxMonths) {
      return null;
    }
    return "The child is "
        + ageInMonths
        + " months old, outside "
        + name
        + "'s age range of "
        + ageMinMonths
        + "-"
        + ageMaxMonths
        + " months.";
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
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

  public boolean dyadic() {
    return dyadic;
  }

  public boolean videoFeedback() {
    return videoFeedback;
  }

  public int ageMinMonths() {
    return ageMinMonths;
  }

  public int ageMaxMonths() {
    return ageMaxMonths;
  }

  public Integer midAfterSession() {
    return midAfterSession;
  }

  public Integer followUpWeeks() {
    return followUpWeeks;
  }

  public String evidence() {
    return evidence;
  }

  public boolean active() {
    return active;
  }
}
