package care.dyad.assessment.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The course of one instrument in an episode: baseline and each re-measurement against it. */
public record OutcomeView(
    String instrumentCode,
    String instrumentName,
    String domain,
    String betterIs,
    BigDecimal clinicalCutoff,
    BigDecimal reliableChange,
    Point baseline,
    List<Point> remeasurements) {

  /**
   * One measurement.
   *
   * @param changeFromBaseline numeric scales only
   * @param verdict reliable-improvement, reliable-deterioration, no-reliable-change,
   *     threshold-unknown, or no-baseline; null on the baseline itself
   */
  public record Point(
      String timePoint,
      Instant assessedAt,
      BigDecimal score,
      String category,
      BigDecimal changeFromBaseline,
      String verdict) {}
}
