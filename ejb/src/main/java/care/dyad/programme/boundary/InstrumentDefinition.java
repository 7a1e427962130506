package care.dyad.programme.boundary;

import care.dyad.programme.entity.Direction;
import care.dyad.programme.entity.Instrument;
import care.dyad.shared.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * An instrument as a centre admin defines it.
 *
 * @param scaleKind numeric or categorical; only when creating
 * @param categories ordered categories of a categorical scale; only when creating
 * @param betterIs higher or lower (numeric scales)
 */
public record InstrumentDefinition(
    @NotBlank(message = "name is required") @Size(max = 200) String name,
    @NotBlank(message = "domain is required") @Size(max = 200) String domain,
    String scaleKind,
    List<String> categories,
    BigDecimal minScore,
    BigDecimal maxScore,
    String betterIs,
    String preferredCategory,
    BigDecimal clinicalCutoff,
    BigDecimal reliableChange,
    @NotBlank(message = "recordedBy is required") @Size(max = 200) String recordedBy) {

  Instrument.Definition toDefinition() {
    var direction =
        betterIs == null
            ? Direction.PREFERRED_CATEGORY
            : Codes.parse(Direction.class, betterIs, "betterIs");
    return new Instrument.Definition(
        name.trim(),
        domain.trim(),
        minScore,
        maxScore,
        direction,
        preferredCategory,
        clinicalCutoff,
        reliableChange,
        recordedBy.trim());
  }
}
