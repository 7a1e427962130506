package care.dyad.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import care.dyad.assessment.control.ReliableChange.Verdict;
import care.dyad.programme.entity.Direction;
import care.dyad.programme.entity.Instrument;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReliableChangeTest {

  private static Instrument numeric(Direction direction, String threshold) {
    var definition =
        new Instrument.Definition(
            "Scale",
            "domain",
            BigDecimal.ZERO,
            BigDecimal.valueOf(180),
            direction,
            null,
            null,
            threshold == null ? null : new BigDecimal(threshold),
            "clinician");
    return Instrument.create(
        "scale", care.dyad.programme.entity.ScaleKind.NUMERIC, List.of(), definition);
  }

  private static final Instrument STRANGE_SITUATION =
      Instrument.categorical(
          "strange-situation", "Strange Situation", List.of("A", "B", "C", "D"), "B");

  private static BigDecimal n(int value) {
    return BigDecimal.valueOf(value);
  }

  @Test
  void improvingSeriesOnALowerIsBetterScale() {
    var sdq = numeric(Direction.LOWER, "8");
    assertEquals(Verdict.NO_RELIABLE_CHANGE, ReliableChange.numeric(sdq, n(24), n(19)));
    assertEquals(Verdict.RELIABLE_IMPROVEMENT, ReliableChange.numeric(sdq, n(24), n(16)));
    assertEquals(Verdict.RELIABLE_IMPROVEMENT, ReliableChange.numeric(sdq, n(24), n(12)));
  }

  @Test
  void deterioratingSeriesOnALowerIsBetterScale() {
    var psi = numeric(Direction.LOWER, "16");
    assertEquals(Verdict.NO_RELIABLE_CHANGE, ReliableChange.numeric(psi, n(90), n(105)));
    assertEquals(Verdict.RELIABLE_DETERIORATION, ReliableChange.numeric(psi, n(90), n(106)));
  }

  @Test
  void higherIsBetterScalesImproveUpwards() {
    var sensitivity = numeric(Direction.HIGHER, "2");
    assertEquals(Verdict.RELIABLE_IMPROVEMENT, ReliableChange.numeric(sensitivity, n(3), n(6)));
    assertEquals(Verdict.RELIABLE_DETERIORATION, ReliableChange.numeric(sensitivity, n(6), n(3)));
  }

  @Test
  void withoutAPublishedThresholdTheVerdictIsUnknown() {
    assertEquals(
        Verdict.THRESHOLD_UNKNOWN,
        ReliableChange.numeric(numeric(Direction.HIGHER, null), n(3), n(8)));
  }

  @Test
  void disorganisedToSecureIsImprovementAndBackIsDeterioration() {
    assertEquals(
        Verdict.RELIABLE_IMPROVEMENT, ReliableChange.categorical(STRANGE_SITUATION, "D", "B"));
    assertEquals(
        Verdict.RELIABLE_DETERIORATION, ReliableChange.categorical(STRANGE_SITUATION, "B", "D"));
    assertEquals(
        Verdict.RELIABLE_IMPROVEMENT, ReliableChange.categorical(STRANGE_SITUATION, "D", "A"));
    assertEquals(
        Verdict.NO_RELIABLE_CHANGE, ReliableChange.categorical(STRANGE_SITUATION, "A", "C"));
  }
}
