package care.dyad.scheduling.boundary;

import jakarta.validation.constraints.NotBlank;

/**
 * What happened at a session, as the clinician records it.
 *
 * @param outcome attended, did-not-attend or cancelled-late
 */
public record SessionOutcome(
    @NotBlank(message = "outcome is required (attended, did-not-attend or cancelled-late)")
        String outcome,
    boolean caregiverPresent,
    boolean childPresent,
    boolean videoUsed) {}
