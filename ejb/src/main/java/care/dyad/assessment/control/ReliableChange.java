package care.dyad.assessment.control;

import care.dyad.programme.entity.Direction;
import care.dyad.programme.entity.Instrument;
import care.dyad.programme.entity.ScaleKind;
import java.math.BigDecimal;

/**
 * Whether a change from baseline is larger than the instrument's measurement error (the
 * reliable-change threshold), and in which direction: what payers count as improvement.
 */
public final class ReliableChange {

  /** How a re-measurement compares with baseline. */
  public enum Verdict {
    RELIABLE_IMPROVEMENT,
    RELIABLE_DETERIORATION,
    NO_RELIABLE_CHANGE,
    /** The instrument has no published reliable-change threshold. */
    THRESHOLD_UNKNOWN
  }

  private ReliableChange() {}

  public static Verdict numeric(Instrument instrument, BigDecimal baseline, BigDecimal later) {
    var threshold = instrument.reliableChange();
    if (threshold == null) {
      return Verdict.THRESHOLD_UNKNOWN;
    }
    var change = later.subtract(baseline);
    var better = instrument.direction() == Direction.LOWER ? change.negate() : change;
    if (better.compareTo(threshold) >= 0) {
      return Verdict.RELIABLE_IMPROVEMENT;
    }
    if (better.negate().compareTo(threshold) >= 0) {
      return Verdict.RELIABLE_DETERIORATION;
    }
    return Verdict.NO_RELIABLE_CHANGE;
  }

  /**
   * Categorical scales: the preferred category (secure, B) ranks best, the last listed category
   * (disorganised, D) worst, the others between. Any move between ranks is a reliable change.
   */
  public static Verdict categorical(Instrument instrument, String baseline, String later) {
    var difference = rank(instrument, later) - rank(instrument, baseline);
    if (difference > 0) {
      return Verdict.RELIABLE_IMPROVEMENT;
    }
    if (difference < 0) {
      return Verdict.RELIABLE_DETERIORATION;
    }
    return Verdict.NO_RELIABLE_CHANGE;
  }

  static int rank(Instrument instrument, String category) {
    if (instrument.scaleKind() != ScaleKind.CATEGORICAL) {
      throw new IllegalArgumentException(instrument.code() + " is not categorical");
    }
    var categories = instrument.categoryList();
    if (category.equals(instrument.preferredCategory())) {
      return 2;
    }
    return category.equals(categories.get(categories.size() - 1)) ? 0 : 1;
  }
}
