package care.dyad.referral.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A triage decision other than acceptance.
 *
 * @param destination only for redirection: where the dyad goes first, e.g. developmental-assessment
 */
public record Decision(
    @NotBlank(message = "reason is required") @Size(max = 1000) String reason,
    @Size(max = 64) String destination) {}
