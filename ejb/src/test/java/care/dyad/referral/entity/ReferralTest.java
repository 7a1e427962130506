package care.dyad.referral.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.episode.entity.Episode;
import care.dyad.episode.entity.EpisodeStatus;
import care.dyad.episode.entity.Icd11Code;
import care.dyad.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferralTest {

  private static Referral received() {
    return received(false);
  }

  static Referral received(boolean safeguarding) {
    var child = new Child("north", "ID-1", "Robin", "Example", LocalDate.of(2024, 5, 1));
    var dyad = new Dyad(child, new Caregiver("north", "Alex Example"), Relationship.MOTHER);
    return new Referral(
        dyad,
        ReferralSource.GP,
        "reason",
        Urgency.ROUTINE,
        safeguarding,
        false,
        "northwind",
        "M-1",
        "sam",
        Instant.now());
  }

  @Test
  void acceptingOpensAnEpisodeWithAProvisionalDiagnosis() {
    var referral = received();
    var episode = Episode.openFrom(referral, Icd11Code.RAD, "clara", Instant.now());
    assertEquals(ReferralStatus.ACCEPTED, referral.status());
    assertEquals(EpisodeStatus.OPEN, episode.status());
    assertEquals("6B44", episode.diagnosis().code());
    assertEquals(false, episode.diagnosisConfirmed());
    assertEquals(referral.centreId(), episode.centreId());
    assertEquals(referral.dyad().id(), episode.dyadId());
  }

  @Test
  void aReferralIsAcceptedOnlyOnce() {
    var referral = received();
    referral.accept("clara", Instant.now());
    var refusal = assertThrows(DomainException.class, () -> referral.accept("nina", Instant.now()));
    assertEquals(DomainException.Kind.CONFLICT, refusal.kind());
    assertTrue(refusal.getMessage().contains("only a received referral can be accepted"));
  }

  @Test
  void aSecondCaregiverMakesASecondDyadWithTheSameChild() {
    var child = new Child("north", "ID-2", "Robin", "Example", LocalDate.of(2024, 5, 1));
    var withMother = new Dyad(child, new Caregiver("north", "Alex"), Relationship.MOTHER);
    var withFather = new Dyad(child, new Caregiver("north", "Sam"), Relationship.FATHER);
    assertEquals(withMother.child(), withFather.child());
    assertTrue(!withMother.id().equals(withFather.id()));
    assertTrue(child.sameDetails("robin", "EXAMPLE", LocalDate.of(2024, 5, 1)));
  }

  @Test
  void declinedOrRedirectedReferralsCannotBeAccepted() {
    var declined = received();
    declined.decline("Outside our catchment", "clara", Instant.now());
    assertEquals(ReferralStatus.DECLINED, declined.status());
    assertThrows(DomainException.class, () -> declined.accept("clara", Instant.now()));
    var redirected = received();
    redirected.redirect("developmental-assessment", "Possible autism", "clara", Instant.now());
    assertEquals("developmental-assessment", redirected.redirectedTo());
    assertThrows(DomainException.class, () -> redirected.decline("x", "clara", Instant.now()));
  }

  @Test
  void safeguardingCallsForADevelopmentalAssessmentFirst() {
    assertTrue(received(true).needsDevelopmentalAssessment());
    assertTrue(!received(false).needsDevelopmentalAssessment());
  }

  @Test
  void withdrawnConsentStopsOnItsDay() {
    var consent =
        new Consent(
            java.util.UUID.randomUUID(),
            ConsentKind.OUTCOME_SHARING,
            LocalDate.of(2026, 1, 1),
            "sam");
    assertTrue(consent.activeOn(LocalDate.of(2026, 3, 1)));
    consent.withdraw(LocalDate.of(2026, 3, 2), "sam");
    assertTrue(consent.activeOn(LocalDate.of(2026, 3, 1)));
    assertTrue(!consent.activeOn(LocalDate.of(2026, 3, 2)));
    assertThrows(DomainException.class, () -> consent.withdraw(LocalDate.of(2026, 3, 3), "sam"));
  }

  @Test
  void onlyTreatedIcd11CodesAreKnown() {
    assertEquals(Icd11Code.DSED, Icd11Code.fromCode("6b45"));
    assertEquals(null, Icd11Code.fromCode("6B40"));
  }
}
