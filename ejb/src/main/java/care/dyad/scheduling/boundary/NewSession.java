package care.dyad.scheduling.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/**
 * A booking request: which clinician, when (with offset, e.g. 2026-12-01T10:00:00+00:00), how long.
 */
public record NewSession(
    @NotBlank(message = "clinicianId is required") String clinicianId,
    @NotNull(message = "startsAt is required, e.g. 2026-12-01T10:00:00Z") OffsetDateTime startsAt,
    @NotNull(message = "durationMinutes is required") Integer durationMinutes) {}
