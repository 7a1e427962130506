package care.dyad.assessment.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A measurement as a clinician records it: a number for numeric scales or a category for
 * categorical ones (e.g. Strange Situation A/B/C/D).
 *
 * @param assessedAt when it was measured; now when omitted
 */
public record NewAssessment(
    @NotBlank(message = "instrumentCode is required") String instrumentCode,
    @NotBlank(message = "timePoint is required (baseline, mid, end or follow-up)") String timePoint,
    BigDecimal score,
    String category,
    @PastOrPresent(message = "assessedAt cannot be in the future") Instant assessedAt) {}
