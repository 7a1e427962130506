package care.dyad.scheduling.boundary;

import java.time.Instant;
import java.time.LocalDateTime;

/** A time the clinician, the room (if any) and the dyad are all free. */
public record FreeSlot(Instant startsAt, LocalDateTime localStartsAt, String timeZone) {}
