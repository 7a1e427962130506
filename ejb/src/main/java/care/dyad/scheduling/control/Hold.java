package care.dyad.scheduling.control;

import care.dyad.scheduling.entity.SessionStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A booking that holds a clinician's, a room's or a dyad's time, read as plain values: the booking
 * path only compares times, so it loads no entities it would then have to track.
 */
public record Hold(
    UUID id,
    UUID episodeId,
    String clinicianId,
    UUID roomId,
    UUID dyadId,
    Instant startsAt,
    Instant endsAt,
    Instant blockedFrom,
    Instant blockedUntil,
    SessionStatus status) {

  /** Booked ahead or attended; a did-not-attend holds its time but does not count. */
  boolean countsAgainstDose() {
    return status == SessionStatus.BOOKED || status == SessionStatus.ATTENDED;
  }
}
