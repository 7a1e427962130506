package care.dyad.scheduling.boundary;

import care.dyad.scheduling.entity.TherapySession;
import care.dyad.shared.Codes;
import java.time.Instant;
import java.util.UUID;

/** A booked session. */
public record SessionView(
    UUID id, UUID episodeId, String clinicianId, Instant startsAt, Instant endsAt, String status) {

  static SessionView of(TherapySession s) {
    return new SessionView(
        s.id(), s.episodeId(), s.clinicianId(), s.startsAt(), s.endsAt(), Codes.of(s.status()));
  }
}
