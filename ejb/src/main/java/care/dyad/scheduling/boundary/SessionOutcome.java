package care.dyad.scheduling.boundary;

import jakarta.validation.constraints.NotBlank;

/**
 * What happened at a session, as the clinician records it.
 *
 * @param outcome attended or did-not-attend
 */
public record SessionOutcome(
    @NotBlank(message = "outcome is required (attended or did-not-attend)") String outcome,
    boolean caregiverPresent,
    boolean childPresent,
    boolean videoUsed) {}
