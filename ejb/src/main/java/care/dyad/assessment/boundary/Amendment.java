package care.dyad.assessment.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A correction of a recorded score, with the reason for it. */
public record Amendment(
    BigDecimal score,
    String category,
    @NotBlank(message = "reason is required: why is the score amended?") @Size(max = 1000)
        String reason) {}
