package care.dyad.episode.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.referral.entity.Caregiver;
import care.dyad.referral.entity.Child;
import care.dyad.referral.entity.Dyad;
import care.dyad.referral.entity.Referral;
import care.dyad.referral.entity.ReferralSource;
import care.dyad.referral.entity.Relationship;
import care.dyad.referral.entity.Urgency;
import care.dyad.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  private final Instant t0 = Instant.parse("2026-09-01T09:00:00Z");

  private Episode open() {
    var child = new Child("north", "ID", "Robin", "Example", LocalDate.of(2024, 1, 1));
    var dyad = new Dyad(child, new Caregiver("north", "Alex"), Relationship.MOTHER);
    var referral =
        new Referral(
            dyad,
            ReferralSource.GP,
            "r",
            Urgency.ROUTINE,
            false,
            false,
            "northwind",
            "M",
            "sam",
            t0);
    return Episode.openFrom(referral, Icd11Code.RAD, "clara", t0);
  }

  private Episode inTreatment() {
    var episode = open();
    episode.transition(EpisodeStatus.ASSESSING, "assess", null, false, "clara", t0);
    episode.transition(EpisodeStatus.IN_TREATMENT, "start", 6, true, "clara", t0);
    return episode;
  }

  @Test
  void legalStepsFollowTheLifecycle() {
    var episode = inTreatment();
    for (int i = 0; i < 6; i++) {
      episode.attended(t0.plus(Duration.ofDays(7L * i)));
    }
    var step = episode.transition(EpisodeStatus.COMPLETED, "programme done", 6, true, "clara", t0);
    assertEquals(EpisodeStatus.IN_TREATMENT, step.from());
    assertEquals(EpisodeStatus.COMPLETED, episode.status());
    assertTrue(episode.isClosed());
    assertFalse(episode.dropout(6, Duration.ofDays(42), t0).dropout());
  }

  @Test
  void illegalStepIsRefusedNamingTheAllowedOnes() {
    var refusal =
        assertThrows(
            DomainException.class,
            () -> open().transition(EpisodeStatus.COMPLETED, "x", 6, true, "clara", t0));
    assertEquals(DomainException.Kind.CONFLICT, refusal.kind());
    assertTrue(
        refusal.getMessage().contains("allowed: assessing, withdrawn"), refusal.getMessage());
  }

  @Test
  void closedEpisodesMoveNowhere() {
    var episode = open();
    episode.transition(EpisodeStatus.WITHDRAWN, "family moved", null, false, "clara", t0);
    var refusal =
        assertThrows(
            DomainException.class,
            () -> episode.transition(EpisodeStatus.ASSESSING, "x", null, false, "clara", t0));
    assertTrue(refusal.getMessage().contains("it is closed"));
  }

  @Test
  void treatmentNeedsACarePlan() {
    var episode = open();
    episode.transition(EpisodeStatus.ASSESSING, "assess", null, false, "clara", t0);
    var refusal =
        assertThrows(
            DomainException.class,
            () -> episode.transition(EpisodeStatus.IN_TREATMENT, "go", null, false, "clara", t0));
    assertTrue(refusal.getMessage().contains("Assign a programme"));
  }

  @Test
  void droppedOutCannotBeChosen() {
    assertEquals(
        "to",
        assertThrows(
                DomainException.class,
                () ->
                    inTreatment().transition(EpisodeStatus.DROPPED_OUT, "x", 6, true, "clara", t0))
            .field());
  }

  @Test
  void completingBelowTheMinimumDoseIsRecordedAsDropout() {
    var episode = inTreatment();
    episode.attended(t0);
    episode.attended(t0.plus(Duration.ofDays(7)));
    episode.transition(EpisodeStatus.COMPLETED, "stopped coming", 6, true, "clara", t0);
    assertEquals(EpisodeStatus.DROPPED_OUT, episode.status());
    var dropout = episode.dropout(6, Duration.ofDays(42), t0);
    assertTrue(dropout.dropout());
    assertTrue(dropout.reason().contains("2 attended session(s) of a minimum 6"), dropout.reason());
  }

  @Test
  void noAttendanceForTheGapWhileInTreatmentIsDropout() {
    var episode = inTreatment();
    episode.attended(t0);
    assertFalse(episode.dropout(6, Duration.ofDays(42), t0.plus(Duration.ofDays(41))).dropout());
    var lapsed = episode.dropout(6, Duration.ofDays(42), t0.plus(Duration.ofDays(50)));
    assertTrue(lapsed.dropout());
    assertTrue(lapsed.reason().contains("no attended session for 7 weeks"), lapsed.reason());
  }
}
