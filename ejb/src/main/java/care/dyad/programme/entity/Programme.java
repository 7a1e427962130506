package care.dyad.programme.entity;

import care.dyad.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

  @Embedded private Dose dose;

  @Column(nullable = false)
  private boolean dyadic;

  @Column(name = "video_feedback", nullable = false)
  private boolean videoFeedback;

  @Column(name = "age_min_months", nullable = false)
  private int ageMinMonths;

  @Column(name = "age_max_months", nullable = false)
  private int ageMaxMonths;

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
    var dose =
        new Dose(
            d.plannedSessions(),
            d.minimumSessions(),
            d.intervalMinDays(),
            d.intervalMaxDays(),
            d.sessionMinutes(),
            d.midAfterSession(),
            d.followUpWeeks());
    if (d.ageMinMonths() < 0 || d.ageMinMonths() > d.ageMaxMonths()) {
      throw DomainException.invalid(
          "ageMinMonths", "ageMinMonths must be at least 0 and at most ageMaxMonths.");
    }
    this.name = d.name();
    this.dose = dose;
    this.dyadic = d.dyadic();
    this.videoFeedback = d.videoFeedback();
    this.ageMinMonths = d.ageMinMonths();
    this.ageMaxMonths = d.ageMaxMonths();
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

  public Dose dose() {
    return dose;
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

  public String evidence() {
    return evidence;
  }

  public boolean active() {
    return active;
  }
}
