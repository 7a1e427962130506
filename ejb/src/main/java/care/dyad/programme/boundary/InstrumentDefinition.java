package care.dyad.programme.boundary;

import care.dyad.fhir.mapping.InstrumentDomains;
import care.dyad.programme.entity.Direction;
import care.dyad.programme.entity.Instrument;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

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

  /**
   * One of the domains a payer summary is stratified by (the {@code instrument-domain} CodeSystem),
   * in the catalogue's spelling.
   */
  private String catalogueDomain() {
    var key = domain.trim().toLowerCase(Locale.ROOT);
    if (!InstrumentDomains.supported().contains(key)) {
      throw DomainException.invalid(
          "domain",
          "domain must be one of: "
              + String.join(", ", new TreeSet<>(InstrumentDomains.supported()))
              + ".");
    }
    return key;
  }

  Instrument.Definition toDefinition() {
    var direction =
        betterIs == null
            ? Direction.PREFERRED_CATEGORY
            : Codes.parse(Direction.class, betterIs, "betterIs");
    return new Instrument.Definition(
        name.trim(),
        catalogueDomain(),
        minScore,
        maxScore,
        direction,
        preferredCategory,
        clinicalCutoff,
        reliableChange,
        recordedBy.trim());
  }
}
