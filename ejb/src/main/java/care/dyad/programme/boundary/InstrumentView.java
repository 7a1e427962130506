package care.dyad.programme.boundary;

import care.dyad.programme.entity.Instrument;
import care.dyad.shared.Codes;
import java.math.BigDecimal;
import java.util.List;

/** A catalogue entry as forms and reports need it. */
public record InstrumentView(
    String code,
    String name,
    String domain,
    String scaleKind,
    BigDecimal minScore,
    BigDecimal maxScore,
    List<String> categories,
    String betterIs,
    String preferredCategory,
    BigDecimal clinicalCutoff,
    BigDecimal reliableChange,
    String recordedBy) {

  static InstrumentView of(Instrument i) {
    return new InstrumentView(
        i.code(),
        i.name(),
        i.domain(),
        Codes.of(i.scaleKind()),
        i.minScore(),
        i.maxScore(),
        i.categoryList(),
        Codes.of(i.direction()),
        i.preferredCategory(),
        i.clinicalCutoff(),
        i.reliableChange(),
        i.recordedBy());
  }
}
