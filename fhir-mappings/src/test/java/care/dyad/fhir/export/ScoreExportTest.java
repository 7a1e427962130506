package care.dyad.fhir.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScoreExportTest {

  private static final Instant WHEN = Instant.parse("2026-01-12T09:30:00Z");

  @Test
  void scoreWithBothNumberAndCategoryIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ScoreExport(
                "s-1",
                "rpq",
                "Relationship Problems Questionnaire",
                "baseline",
                WHEN,
                BigDecimal.ONE,
                "B",
                null));
  }

  @Test
  void scoreWithNeitherNumberNorCategoryIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ScoreExport("s-1", "rpq", "RPQ", "baseline", WHEN, null, null, null));
  }

  @Test
  void categoryDisplayWithoutCategoryIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ScoreExport("s-1", "rpq", "RPQ", "baseline", WHEN, BigDecimal.ONE, null, "B"));
  }

  @Test
  void missingFieldIsNamedInTheMessage() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> ScoreExport.numeric("s-1", "rpq", "RPQ", "baseline", null, BigDecimal.ONE));
    assertEquals("score effective is required", e.getMessage());
  }

  @Test
  void categoricalScoreKnowsItIsCategorical() {
    assertTrue(
        ScoreExport.categorical(
                "s-1",
                "strange-situation",
                "Strange Situation classification",
                "end",
                WHEN,
                "B",
                "Secure")
            .isCategorical());
  }
}
