package care.dyad.fhir.export;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One clinician-recorded instrument score at a time point. A score is either numeric (e.g.
 * Ainsworth 1-9) or categorical (e.g. Strange Situation A/B/C/D), never both.
 *
 * @param id our id for the assessment; becomes the Observation id
 * @param instrumentCode code in the instrument CodeSystem, e.g. {@code ainsworth-sensitivity}
 * @param instrumentName the catalogue's display for that code
 * @param timePoint {@code baseline, mid, end} or {@code follow-up}
 * @param effective when the measurement was taken
 * @param numericValue set for numeric instruments, else null
 * @param categoryCode set for categorical instruments, else null
 * @param categoryDisplay display for {@code categoryCode}; nullable, and only with a category
 */
public record ScoreExport(
    String id,
    String instrumentCode,
    String instrumentName,
    String timePoint,
    Instant effective,
    BigDecimal numericValue,
    String categoryCode,
    String categoryDisplay) {

  public ScoreExport {
    Require.fhirId(id, "score id");
    Require.present(instrumentCode, "score instrumentCode");
    Require.present(instrumentName, "score instrumentName");
    Require.present(timePoint, "score timePoint");
    Require.present(effective, "score effective");
    if ((numericValue == null) == (categoryCode == null)) {
      throw new IllegalArgumentException(
          "score " + id + " needs exactly one of numericValue and categoryCode");
    }
    if (categoryDisplay != null && categoryCode == null) {
      throw new IllegalArgumentException("score " + id + " has a categoryDisplay but no category");
    }
  }

  /** A numeric score, e.g. Ainsworth sensitivity 7. */
  public static ScoreExport numeric(
      String id,
      String instrumentCode,
      String instrumentName,
      String timePoint,
      Instant effective,
      BigDecimal value) {
    return new ScoreExport(
        id, instrumentCode, instrumentName, timePoint, effective, value, null, null);
  }

  /** A categorical score, e.g. Strange Situation D. */
  public static ScoreExport categorical(
      String id,
      String instrumentCode,
      String instrumentName,
      String timePoint,
      Instant effective,
      String categoryCode,
      String categoryDisplay) {
    return new ScoreExport(
        id,
        instrumentCode,
        instrumentName,
        timePoint,
        effective,
        null,
        categoryCode,
        categoryDisplay);
  }

  public boolean isCategorical() {
    return categoryCode != null;
  }
}
