package care.dyad.fhir.export;

import java.time.Instant;

/**
 * One attended session of the episode (sessions that did not take place are not delivered dose and
 * are not exported). Who ran it is staff data and is left out.
 *
 * @param id our id for the session; becomes the Encounter id
 * @param start when the session began
 * @param end when it ended; after {@code start}
 * @param homeVisit true for a home visit, false for a session at the centre
 * @param caregiverPresent whether the caregiver was there
 * @param childPresent whether the child was there; with the caregiver, the session was dyadic
 * @param videoUsed whether the dyad was filmed or footage reviewed (video feedback)
 */
public record SessionExport(
    String id,
    Instant start,
    Instant end,
    boolean homeVisit,
    boolean caregiverPresent,
    boolean childPresent,
    boolean videoUsed) {

  public SessionExport {
    Require.fhirId(id, "session id");
    Require.present(start, "session start");
    Require.present(end, "session end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "session " + id + " ends (" + end + ") before it starts (" + start + ")");
    }
    if (!caregiverPresent && !childPresent) {
      throw new IllegalArgumentException(
          "session " + id + " was attended by neither caregiver nor child");
    }
  }
}
