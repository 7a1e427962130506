package care.dyad.programme.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentTest {

  private final Instrument ainsworth =
      Instrument.numeric(
          "ainsworth-sensitivity",
          "Ainsworth Sensitivity scale",
          BigDecimal.ONE,
          BigDecimal.valueOf(9),
          Direction.HIGHER);
  private final Instrument strangeSituation =
      Instrument.categorical(
          "strange-situation",
          "Strange Situation classification",
          List.of("A", "B", "C", "D"),
          "B");

  @Test
  void scoresWithinTheRangeAreAccepted() {
    assertDoesNotThrow(() -> ainsworth.checkScore(BigDecimal.ONE, null));
    assertDoesNotThrow(() -> ainsworth.checkScore(new BigDecimal("9.0"), null));
    assertDoesNotThrow(() -> ainsworth.checkScore(new BigDecimal("4.5"), null));
  }

  @Test
  void outOfRangeScoreIsRefusedNamingTheRange() {
    var refusal =
        assertThrows(DomainException.class, () -> ainsworth.checkScore(BigDecimal.TEN, null));
    assertEquals(DomainException.Kind.INVALID, refusal.kind());
    assertEquals("score", refusal.field());
    assertTrue(refusal.getMessage().contains("from 1 to 9"), refusal.getMessage());
    assertThrows(DomainException.class, () -> ainsworth.checkScore(new BigDecimal("0.99"), null));
  }

  @Test
  void numericInstrumentRefusesCategoriesAndMissingScores() {
    assertEquals(
        "category",
        assertThrows(DomainException.class, () -> ainsworth.checkScore(null, "B")).field());
    assertEquals(
        "score",
        assertThrows(DomainException.class, () -> ainsworth.checkScore(null, null)).field());
  }

  @Test
  void categoricalInstrumentAcceptsOnlyItsCategories() {
    assertDoesNotThrow(() -> strangeSituation.checkScore(null, "D"));
    var refusal = assertThrows(DomainException.class, () -> strangeSituation.checkScore(null, "E"));
    assertTrue(refusal.getMessage().contains("A, B, C, D"), refusal.getMessage());
    assertEquals(
        "score",
        assertThrows(DomainException.class, () -> strangeSituation.checkScore(BigDecimal.ONE, null))
            .field());
  }
}
