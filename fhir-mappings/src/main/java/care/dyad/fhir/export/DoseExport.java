package care.dyad.fhir.export;

/**
 * A programme's defined dose, as the catalogue holds it and as a care plan copied it.
 *
 * @param plannedSessions the usual course, before any authorised extension
 * @param intervalMinDays shortest gap between sessions
 * @param intervalMaxDays longest gap between sessions
 * @param sessionMinutes length of one session
 */
public record DoseExport(
    int plannedSessions, int intervalMinDays, int intervalMaxDays, int sessionMinutes) {

  public DoseExport {
    if (plannedSessions < 1) {
      throw new IllegalArgumentException("plannedSessions must be at least 1: " + plannedSessions);
    }
    if (intervalMinDays < 1 || intervalMinDays > intervalMaxDays) {
      throw new IllegalArgumentException(
          "session interval must be 1 or more days, minimum at most maximum: "
              + intervalMinDays
              + "-"
              + intervalMaxDays);
    }
    if (sessionMinutes < 1) {
      throw new IllegalArgumentException("sessionMinutes must be at least 1: " + sessionMinutes);
    }
  }
}
