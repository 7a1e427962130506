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
        p.dose().plannedSessions(),
        p.dose().minimumSessions(),
        p.dose().intervalMinDays(),
        p.dose().intervalMaxDays(),
        p.dose().sessionMinutes(),
        p.dyadic(),
        p.videoFeedback(),
        p.ageMinMonths(),
        p.ageMaxMonths(),
        p.dose().midAfterSession(),
        p.dose().followUpWeeks(),
        p.evidence(),
        p.active());
  }
}
