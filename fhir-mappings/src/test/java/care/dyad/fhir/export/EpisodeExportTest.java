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

  @Test
  void sessionsCannotBeChangedAfterConstruction() {
    List<SessionExport> sessions = new ArrayList<>(List.of(Exports.homeVisit()));
    EpisodeExport episode = Exports.episode().sessions(sessions).build();

    sessions.clear();

    assertEquals(1, episode.sessions().size());
  }

  @Test
  void organizationsMustBeTheEpisodesOwnCentreAndPayer() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Exports.episode().centre(OrganizationExport.centre("south", null)).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Exports.episode().payer(OrganizationExport.payer("southbay", null)).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Exports.episode().payer(OrganizationExport.centre(Exports.PAYER_ID, null)).build());
  }

  @Test
  void carePlanStartingAfterTheEpisodeEndedIsRejected() {
    CarePlanExport late =
        new CarePlanExport(
            Exports.CARE_PLAN_ID,
            Exports.PROGRAMME_CODE,
            "completed",
            Exports.vippDose(),
            List.of(),
            LocalDate.of(2026, 6, 1));

    assertThrows(IllegalArgumentException.class, () -> Exports.episode().carePlan(late).build());
  }

  @Test
  void episodeBuiltTheShortWayHasNoOrganizationsPlanOrSessions() {
    EpisodeExport full = Exports.finishedEpisode();

    EpisodeExport shortWay =
        new EpisodeExport(
            full.episodeId(),
            full.centreId(),
            full.payerId(),
            full.memberId(),
            full.child(),
            full.caregiver(),
            full.diagnosis(),
            full.status(),
            full.periodStart(),
            full.periodEnd(),
            full.referralId(),
            full.scores());

    assertEquals(Exports.episode().minimal().build(), shortWay);
  }

  @Test
  void authorisedSessionsAreThePlannedDosePlusEveryExtension() {
    CarePlanExport plan =
        new CarePlanExport(
            "cp-1",
            "abc",
            "active",
            new DoseExport(10, 6, 8, 60),
            List.of(
                new DoseExtensionExport(2, LocalDate.of(2026, 3, 1)),
                new DoseExtensionExport(3, LocalDate.of(2026, 4, 1))),
            LocalDate.of(2026, 1, 1));

    assertEquals(15, plan.authorisedSessions());
  }

  @Test
  void doseWithAnImpossibleIntervalOrNoSessionsIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new DoseExport(0, 7, 7, 60));
    assertThrows(IllegalArgumentException.class, () -> new DoseExport(6, 21, 7, 60));
    assertThrows(IllegalArgumentException.class, () -> new DoseExport(6, 7, 21, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new DoseExtensionExport(0, LocalDate.of(2026, 1, 1)));
  }
}
