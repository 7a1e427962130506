package care.dyad.programme.boundary;

import care.dyad.programme.entity.Programme;

/** A programme catalogue entry. */
public record ProgrammeView(
    String code,
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
    boolean active) {

  public static ProgrammeView of(Programme p) {
    return new ProgrammeView(
        p.code(),
        p.name(),
        p.plannedSessions(),
        p.minimumSessions(),
        p.intervalMinDays(),
        p.intervalMaxDays(),
        p.sessionMinutes(),
        p.dyadic(),
        p.videoFeedback(),
        p.ageMinMonths(),
        p.ageMaxMonths(),
        p.midAfterSession(),
        p.followUpWeeks(),
        p.evidence(),
        p.active());
  }
}
