package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures;
import care.dyad.e2e.support.Http.Reply;
import care.dyad.e2e.support.Tokens;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The episode state machine, diagnoses, care plans, dose and derived dropout. */
class EpisodeLifecycleIT extends EndToEnd {

  private Reply move(String episode, String to) {
    return http.post(
        "/api/episodes/" + episode + "/transitions",
        Tokens.of("clara"),
        "{\"to\": \"" + to + "\", \"reason\": \"Reason for " + to + "\"}");
  }

  private Reply plan(String episode, String programme, boolean acknowledge) {
    return http.put(
        "/api/episodes/" + episode + "/care-plan",
        Tokens.of("clara"),
        "{\"programmeCode\": \""
            + programme
            + "\", \"acknowledgeAgeWarning\": "
            + acknowledge
            + "}");
  }

  @Test
  void everyLegalTransitionAndTheIllegalOnesAreRefusedNamingTheAllowed() {
    var episode = fixtures.episode("north", "northwind");
    var illegal = move(episode, "completed");
    assertEquals(409, illegal.status(), illegal::toString);
    assertTrue(illegal.json().getString("detail").contains("allowed: assessing, withdrawn"));

    assertEquals("assessing", move(episode, "assessing").json().getString("status"));
    var noPlan = move(episode, "in-treatment");
    assertEquals(409, noPlan.status());
    assertTrue(noPlan.json().getString("detail").contains("Assign a programme"));
    assertEquals(200, plan(episode, "abc", true).status());
    assertEquals("in-treatment", move(episode, "in-treatment").json().getString("status"));
    assertTrue(
        move(episode, "assessing")
            .json()
            .getString("detail")
            .contains("allowed: completed, withdrawn"));

    var chosenDropout = move(episode, "dropped-out");
    assertEquals(400, chosenDropout.status());
    assertTrue(chosenDropout.json().getString("detail").contains("derived"));
    var unknown = move(episode, "paused");
    assertEquals(400, unknown.status());
    assertTrue(unknown.json().getString("detail").contains("open, assessing, in-treatment"));

    assertEquals("withdrawn", move(episode, "withdrawn").json().getString("status"));
    assertTrue(move(episode, "assessing").json().getString("detail").contains("it is closed"));

    var history = http.get("/api/episodes/" + episode + "/history", Tokens.of("clara")).json();
    var steps = history.getJsonArray("transitions");
    assertEquals(3, steps.size(), history::toString);
    assertEquals("open", steps.getJsonObject(0).getString("from"));
    assertEquals("Reason for withdrawn", steps.getJsonObject(2).getString("reason"));

    var openToWithdrawn = fixtures.episode("north", "northwind");
    assertEquals("withdrawn", move(openToWithdrawn, "withdrawn").json().getString("status"));
    var missingReason =
        http.post(
            "/api/episodes/" + openToWithdrawn + "/transitions",
            Tokens.of("clara"),
            "{\"to\": \"assessing\"}");
    assertEquals(400, missingReason.status());
  }

  @Test
  void onlyTreatedDiagnosesAndOnlyCliniciansConfirm() {
    var episode = fixtures.episode("north", "northwind");
    var other =
        http.post(
            "/api/episodes/" + episode + "/diagnoses",
            Tokens.of("clara"),
            "{\"code\": \"6A02\", \"verification\": \"confirmed\"}");
    assertEquals(400, other.status());
    assertTrue(
        other.json().getString("detail").contains("6B44 (Reactive attachment disorder), 6B45"));

    var bySchedulder =
        http.post(
            "/api/episodes/" + episode + "/diagnoses",
            Tokens.of("sam"),
            "{\"code\": \"6B44\", \"verification\": \"confirmed\"}");
    assertEquals(403, bySchedulder.status());

    var confirmed =
        http.post(
            "/api/episodes/" + episode + "/diagnoses",
            Tokens.of("clara"),
            "{\"code\": \"6B45\", \"verification\": \"confirmed\"}");
    assertEquals(200, confirmed.status(), confirmed::toString);
    assertEquals("6B45", confirmed.json().getJsonObject("diagnosis").getString("code"));
    assertEquals(
        "confirmed", confirmed.json().getJsonObject("diagnosis").getString("verification"));
    var diagnoses =
        http.get("/api/episodes/" + episode + "/history", Tokens.of("clara"))
            .json()
            .getJsonArray("diagnoses");
    assertEquals(2, diagnoses.size());
    assertEquals("provisional", diagnoses.getJsonObject(0).getString("verification"));
  }

  @Test
  void flaggedReferralsNeedADevelopmentalAssessmentBeforeAProgramme() {
    var json =
        Fixtures.referralJson("north", "northwind")
            .replace("\"safeguardingConcern\": false", "\"safeguardingConcern\": true");
    var referral = http.post("/api/referrals", Tokens.of("sam"), json).json().getString("id");
    var episode =
        http.post("/api/referrals/" + referral + "/acceptance", Tokens.of("clara"), "{}").json();
    assertTrue(episode.getBoolean("developmentalAssessmentRequired"));
    var id = episode.getString("id");

    var refused = plan(id, "abc", true);
    assertEquals(409, refused.status());
    assertTrue(refused.json().getString("detail").contains("developmental assessment"));

    var recorded =
        http.post(
            "/api/episodes/" + id + "/developmental-assessments",
            Tokens.of("clara"),
            "{\"tool\": \"Griffiths III\", \"finding\": \"no-developmental-concern\", \"performedOn\": \""
                + LocalDate.now()
                + "\"}");
    assertEquals(200, recorded.status(), recorded::toString);
    assertTrue(recorded.json().getBoolean("developmentalAssessmentRecorded"));
    assertEquals(200, plan(id, "abc", true).status());
  }

  @Test
  void ageOutsideTheProgrammeRangeMustBeAcknowledged() {
    // The fixture child is 30 months old; Watch, Wait and Wonder is for 10-48 months, ABC 6-48,
    // Mellow Toddlers 12-60; VIPP-SD 12-60. Video Interaction Guidance is 0-216.
    var episode = fixtures.episode("north", "northwind");
    assertEquals(200, plan(episode, "www", false).status());
    var older =
        Fixtures.referralJson("north", "northwind")
            .replaceFirst(
                "\"birthDate\": \"[^\"]+\"",
                "\"birthDate\": \"" + LocalDate.now().minusYears(6) + "\"");
    var referral = http.post("/api/referrals", Tokens.of("sam"), older).json().getString("id");
    var oldEpisode =
        http.post("/api/referrals/" + referral + "/acceptance", Tokens.of("clara"), "{}")
            .json()
            .getString("id");
    var warning = plan(oldEpisode, "abc", false);
    assertEquals(409, warning.status());
    assertTrue(warning.json().getString("detail").contains("outside"));
    assertTrue(warning.json().getString("detail").contains("acknowledgeAgeWarning"));
    var acknowledged = plan(oldEpisode, "abc", true);
    assertEquals(200, acknowledged.status(), acknowledged::toString);
    assertTrue(
        acknowledged.json().getJsonObject("dose").getString("ageWarning").contains("6-48 months"));
    assertEquals(400, plan(oldEpisode, "no-such-programme", true).status());
  }

  @Test
  void deliveryNeedsABaselineAndDoseIsTrackedWithExtensions() {
    var episode = fixtures.episode("north", "northwind");
    move(episode, "assessing");
    assertEquals(200, plan(episode, "abc", true).status());
    move(episode, "in-treatment");
    var session = fixtures.pastSession(episode, "clara");

    var tooEarly =
        http.post(
            "/api/sessions/" + session + "/outcome",
            Tokens.of("clara"),
            "{\"outcome\": \"attended\", \"caregiverPresent\": true, \"childPresent\": true}");
    assertEquals(409, tooEarly.status(), tooEarly::toString);
    assertTrue(tooEarly.json().getString("detail").contains("baseline"));

    fixtures.baseline(episode, "clara");
    var attended =
        http.post(
            "/api/sessions/" + session + "/outcome",
            Tokens.of("clara"),
            "{\"outcome\": \"attended\", \"caregiverPresent\": true, \"childPresent\": true, \"videoUsed\": true}");
    assertEquals(200, attended.status(), attended::toString);
    assertEquals("attended", attended.json().getString("status"));

    var summary = http.get("/api/episodes/" + episode, Tokens.of("sam")).json();
    assertEquals(
        "Europe/London", summary.getString("timeZone"), "staff read the centre's times in");
    var dose = summary.getJsonObject("dose");
    assertEquals(10, dose.getInt("plannedSessions"));
    assertEquals(1, dose.getInt("attendedSessions"));
    assertEquals(9, dose.getInt("remainingSessions"));

    var noJustification =
        http.post(
            "/api/episodes/" + episode + "/dose-extensions",
            Tokens.of("clara"),
            "{\"sessions\": 2}");
    assertEquals(400, noJustification.status());
    var extended =
        http.post(
            "/api/episodes/" + episode + "/dose-extensions",
            Tokens.of("clara"),
            "{\"sessions\": 2, \"justification\": \"Missed sessions through illness\"}");
    assertEquals(12, extended.json().getJsonObject("dose").getInt("authorisedSessions"));
    var history = http.get("/api/episodes/" + episode + "/history", Tokens.of("clara")).json();
    assertEquals(
        "Missed sessions through illness",
        history.getJsonArray("doseExtensions").getJsonObject(0).getString("justification"));
    assertEquals(
        403,
        http.post(
                "/api/episodes/" + episode + "/dose-extensions",
                Tokens.of("sam"),
                "{\"sessions\": 1, \"justification\": \"x\"}")
            .status());
  }

  @Test
  void closingBeforeTheMinimumDoseIsADropoutVisibleInListsAndTheEpisode() {
    var episode = fixtures.episode("north", "northwind");
    move(episode, "assessing");
    plan(episode, "abc", true);
    move(episode, "in-treatment");
    var closed = move(episode, "completed");
    assertEquals("dropped-out", closed.json().getString("status"), closed::toString);
    assertTrue(closed.json().getJsonObject("dropout").getBoolean("dropout"));
    assertTrue(closed.json().getJsonObject("dropout").getString("reason").contains("minimum 8"));

    var dropouts = http.get("/api/episodes?dropout=true", Tokens.of("sam"));
    assertTrue(dropouts.body().contains(episode), dropouts::toString);
    var open = fixtures.episode("north", "northwind");
    assertFalse(dropouts.body().contains(open));
    assertTrue(http.get("/api/episodes?status=open", Tokens.of("sam")).body().contains(open));
    assertEquals(400, http.get("/api/episodes?status=sleeping", Tokens.of("sam")).status());
  }
}
