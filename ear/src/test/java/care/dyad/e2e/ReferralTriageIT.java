package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures;
import care.dyad.e2e.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Referral intake and triage: waiting list, decisions, duplicates and consents. */
class ReferralTriageIT extends EndToEnd {

  private String register(String json) {
    var reply = http.post("/api/referrals", Tokens.of("sam"), json);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getString("id");
  }

  @Test
  void waitingListPutsTheMostUrgentFirstThenTheOldest() {
    var routine = register(Fixtures.referralJson("north", "northwind"));
    var urgent =
        register(
            Fixtures.referralJson("north", "northwind")
                .replace("\"source\"", "\"urgency\": \"urgent\", \"source\""));
    var soon =
        register(
            Fixtures.referralJson("north", "northwind")
                .replace("\"source\"", "\"urgency\": \"soon\", \"source\""));
    var list = http.get("/api/referrals/waiting-list", Tokens.of("clara"));
    assertEquals(200, list.status(), list::toString);
    var ids = list.jsonArray().stream().map(e -> e.asJsonObject().getString("referralId")).toList();
    assertTrue(ids.indexOf(urgent) < ids.indexOf(soon), ids::toString);
    assertTrue(ids.indexOf(soon) < ids.indexOf(routine), ids::toString);
    var entry = list.jsonArray().getJsonObject(ids.indexOf(routine));
    assertEquals(0, entry.getInt("daysWaiting"));
    assertEquals("routine", entry.getString("urgency"));

    // An accepted referral leaves the waiting list.
    http.post("/api/referrals/" + urgent + "/acceptance", Tokens.of("clara"), "{}");
    var after = http.get("/api/referrals/waiting-list", Tokens.of("sam")).body();
    assertTrue(!after.contains(urgent));
  }

  @Test
  void theReferralListShowsTheNewestFirst() {
    var older = fixtures.referral("north", "northwind");
    var newer = fixtures.referral("north", "northwind");
    var ids =
        http.get("/api/referrals", Tokens.of("sam")).jsonArray().stream()
            .map(r -> r.asJsonObject().getString("id"))
            .toList();
    assertEquals(newer, ids.get(0), "the list is capped, so the latest must not drop off it");
    assertEquals(older, ids.get(1));
  }

  @Test
  void declineAndRedirectNeedReasonsAndHappenOnce() {
    var declined = fixtures.referral("north", "northwind");
    var missingReason =
        http.post("/api/referrals/" + declined + "/decline", Tokens.of("clara"), "{}");
    assertEquals(400, missingReason.status(), missingReason::toString);
    var decline =
        http.post(
            "/api/referrals/" + declined + "/decline",
            Tokens.of("clara"),
            "{\"reason\": \"Outside our catchment area\"}");
    assertEquals(200, decline.status(), decline::toString);
    assertEquals("declined", decline.json().getString("status"));
    assertEquals("Outside our catchment area", decline.json().getString("decisionReason"));
    var asScheduler = http.get("/api/referrals/" + declined, Tokens.of("sam")).json();
    assertEquals("declined", asScheduler.getString("status"));
    assertTrue(!asScheduler.containsKey("decisionReason"), "the reason is clinical");
    var again = http.post("/api/referrals/" + declined + "/acceptance", Tokens.of("clara"), "{}");
    assertEquals(409, again.status(), again::toString);
    assertTrue(again.json().getString("detail").contains("declined already"));

    var redirected = fixtures.referral("north", "northwind");
    var unknown =
        http.post(
            "/api/referrals/" + redirected + "/redirection",
            Tokens.of("clara"),
            "{\"destination\": \"mars\", \"reason\": \"x\"}");
    assertEquals(400, unknown.status());
    assertTrue(unknown.json().getString("detail").contains("developmental-assessment"));
    var redirect =
        http.post(
            "/api/referrals/" + redirected + "/redirection",
            Tokens.of("clara"),
            "{\"destination\": \"developmental-assessment\", \"reason\": \"Possible autism\"}");
    assertEquals("redirected", redirect.json().getString("status"));
    assertEquals("developmental-assessment", redirect.json().getString("redirectedTo"));

    var bySchedulder =
        http.post(
            "/api/referrals/" + fixtures.referral("north", "northwind") + "/decline",
            Tokens.of("sam"),
            "{\"reason\": \"x\"}");
    assertEquals(403, bySchedulder.status());
  }

  @Test
  void sameChildWithASecondCaregiverIsASecondDyadNotADuplicateChild() {
    var identifier = "DUP-" + UUID.randomUUID();
    var first =
        Fixtures.referralJson("north", "northwind").replaceFirst("TEST-[0-9a-f-]+", identifier);
    var firstReply = http.post("/api/referrals", Tokens.of("sam"), first);
    assertEquals(201, firstReply.status(), firstReply::toString);
    assertEquals(0, firstReply.json().getJsonArray("notices").size());

    var withFather =
        first.replace(
            "\"Alex Example\", \"relationship\": \"mother\"",
            "\"Sam Example\", \"relationship\": \"father\"");
    var second = http.post("/api/referrals", Tokens.of("sam"), withFather);
    assertEquals(201, second.status(), second::toString);
    assertEquals(
        firstReply.json().getJsonObject("child").getString("id"),
        second.json().getJsonObject("child").getString("id"));
    assertNotEquals(firstReply.json().getString("dyadId"), second.json().getString("dyadId"));
    assertTrue(second.json().getJsonArray("notices").getString(0).contains("new dyad"));

    var sameDyadAgain = http.post("/api/referrals", Tokens.of("sam"), first);
    assertEquals(firstReply.json().getString("dyadId"), sameDyadAgain.json().getString("dyadId"));
    assertTrue(sameDyadAgain.json().getJsonArray("notices").getString(0).contains("already known"));

    var conflicting = first.replace("\"givenName\": \"Robin\"", "\"givenName\": \"Rowan\"");
    var clash = http.post("/api/referrals", Tokens.of("sam"), conflicting);
    assertEquals(409, clash.status(), clash::toString);
    assertTrue(clash.json().getString("detail").contains("different name or birth date"));
  }

  @Test
  void acceptanceNeedsTreatmentConsent() {
    var json =
        Fixtures.referralJson("north", "northwind")
            .replace("\"treatment\": true", "\"treatment\": false");
    var referral = register(json);
    var accept = http.post("/api/referrals/" + referral + "/acceptance", Tokens.of("clara"), "{}");
    assertEquals(409, accept.status(), accept::toString);
    assertTrue(accept.json().getString("detail").contains("consent to treatment"));
  }

  @Test
  void withdrawnOutcomeSharingStopsPayerExports() {
    var episode = fixtures.episode("north", "northwind");
    var path = "/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle";
    assertEquals(200, http.get(path, Tokens.payer("northwind")).status());

    var referralId =
        http.get("/api/episodes/" + episode, Tokens.of("sam")).json().getString("referralId");
    var withdraw =
        http.post(
            "/api/referrals/" + referralId + "/consents/outcome-sharing/withdrawal",
            Tokens.of("sam"),
            "{}");
    assertEquals(200, withdraw.status(), withdraw::toString);
    var consent =
        withdraw.json().getJsonArray("consents").stream()
            .map(c -> c.asJsonObject())
            .filter(c -> c.getString("kind").equals("outcome-sharing"))
            .findFirst()
            .orElseThrow();
    assertEquals(false, consent.getBoolean("active"));

    assertEquals(404, http.get(path, Tokens.payer("northwind")).status());
    var twice =
        http.post(
            "/api/referrals/" + referralId + "/consents/outcome-sharing/withdrawal",
            Tokens.of("sam"),
            "{}");
    assertEquals(409, twice.status());
    var unknownKind =
        http.post(
            "/api/referrals/" + referralId + "/consents/marketing/withdrawal",
            Tokens.of("sam"),
            "{}");
    assertEquals(400, unknownKind.status());
  }
}
