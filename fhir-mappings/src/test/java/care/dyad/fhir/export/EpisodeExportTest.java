package care.dyad.fhir.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.dyad.fhir.Exports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpisodeExportTest {

  @Test
  void idThatCannotBeAFhirIdIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ChildExport("child 1", null));
    assertThrows(IllegalArgumentException.class, () -> new ChildExport("x".repeat(65), null));
  }

  @Test
  void episodeEndingBeforeItStartsIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Exports.episode().periodEnd(LocalDate.of(2025, 12, 31)).build());
  }

  @Test
  void scoresCannotBeChangedAfterConstruction() {
    List<ScoreExport> scores = new ArrayList<>(List.of(Exports.ainsworthBaseline()));
    EpisodeExport episode = Exports.episode().scores(scores).build();

    scores.clear();

    assertEquals(1, episode.scores().size());
    assertThrows(UnsupportedOperationException.class, () -> episode.scores().clear());
  }
}
