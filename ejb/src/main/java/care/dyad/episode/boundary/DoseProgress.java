package care.dyad.episode.boundary;

import care.dyad.programme.entity.CarePlan;

/** The care plan's dose and how much of it was delivered. */
public record DoseProgress(
    String programmeCode,
    int plannedSessions,
    int authorisedSessions,
    int minimumSessions,
    int attendedSessions,
    int remainingSessions,
    String ageWarning) {

  static DoseProgress of(CarePlan plan, int attended) {
    if (plan == null) {
      return null;
    }
    return new DoseProgress(
        plan.programmeCode(),
        plan.dose().plannedSessions(),
        plan.authorisedSessions(),
        plan.dose().minimumSessions(),
        attended,
        Math.max(0, plan.authorisedSessions() - attended),
        plan.ageWarning());
  }
}
