package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.Database;
import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures;
import care.dyad.e2e.support.Tokens;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The append-only audit trail: reads, writes and refusals, and nothing from rolled-back work. */
class AuditIT extends EndToEnd {

  private List<JsonObject> events(String query) {
    var reply = http.get("/api/audit?" + query, Tokens.of("ada"));
    assertEquals(200, reply.status(), reply::toString);
    return reply.jsonArray().stream().map(v -> v.asJsonObject()).toList();
  }

  private static long count(List<JsonObject> events, String action, String outcome) {
    return events.stream()
        .filter(e -> e.getString("action").equals(action) && e.getString("outcome").equals(outcome))
        .count();
  }

  @Test
  void readsWritesAndRefusalsAreRecordedWithoutClinicalData() {
    var episode = fixtures.episode("north", "northwind");
    http.get("/api/episodes/" + episode, Tokens.of("clara"));
    http.post(
        "/api/episodes/" + episode + "/assessments",
        Tokens.of("clara"),
        "{\"instrumentCode\": \"sdq-total\", \"timePoint\": \"baseline\", \"score\": 27}");
    http.get("/api/episodes/" + episode + "/assessments", Tokens.of("sam"));

    var events = events("episodeId=" + episode);
    assertEquals(1, count(events, "episode.open", "success"), events::toString);
    assertTrue(count(events, "episode.read", "success") >= 1, events::toString);
    assertEquals(1, count(events, "assessment.record", "success"), events::toString);
    var read =
        events.stream()
            .filter(e -> e.getString("action").equals("episode.read"))
            .findFirst()
            .orElseThrow();
    assertEquals("clara", read.getString("actor"));
    assertTrue(read.getJsonArray("actorRoles").toString().contains("clinician"));
    assertEquals("north", read.getString("centreId"));

    var refusals =
        events("actor=sam&outcome=refused").stream()
            .filter(e -> episode.equals(e.getString("targetId", null)))
            .toList();
    assertEquals(1, refusals.size(), refusals::toString);
    assertEquals(403, refusals.get(0).getInt("httpStatus"));

    var all = http.get("/api/audit?episodeId=" + episode, Tokens.of("ada")).body();
    assertTrue(!all.contains("27") || !all.contains("score"), "no scores in the audit trail");
    assertTrue(!all.contains("Robin") && !all.contains("withdrawn"), all);
  }

  @Test
  void whatAPayerIsGivenIsOnTheTrailOfTheEpisodesCentre() {
    var payer = fixtures.payerPartner();
    var episode = fixtures.episode("north", payer.payerId());
    var bundle = http.get("/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle", payer.token());
    assertEquals(200, bundle.status(), bundle::toString);
    var search = http.get("/fhir/EpisodeOfCare", payer.token());
    assertEquals(200, search.status(), search::toString);

    // The payer's calls name no centre; each episode they disclosed is on the centre's trail.
    var disclosed =
        events("episodeId=" + episode).stream()
            .filter(e -> e.getString("action").equals("export.disclosed"))
            .toList();
    assertEquals(2, disclosed.size(), disclosed::toString);
    for (var event : disclosed) {
      assertEquals(payer.payerId(), event.getString("payerId"));
      assertEquals("north", event.getString("centreId"));
    }
  }

  @Test
  void nothingIsAuditedForWorkThatRolledBack() throws Exception {
    // Two registrations of the same new child at once: both pass the application's checks and
    // are audited, but the database's unique child identifier lets only one commit. The other
    // transaction rolls back, and its audit row with it.
    var json = Fixtures.referralJson("north", "northwind");
    var identifier = json.replaceAll("(?s).*\"identifier\": \"([^\"]+)\".*", "$1");
    var racers =
        List.of(
            CompletableFuture.supplyAsync(
                () -> http.post("/api/referrals", Tokens.of("sam"), json)),
            CompletableFuture.supplyAsync(
                () -> http.post("/api/referrals", Tokens.of("clara"), json)));
    var statuses = new java.util.ArrayList<Integer>();
    for (var racer : racers) {
      statuses.add(racer.get().status());
    }
    var created = statuses.stream().filter(s -> s == 201).count();
    assertTrue(created >= 1, statuses::toString);
    var referrals =
        Database.column(
            "select r.id from referral r join dyad d on d.id = r.dyad_id join child c on c.id = d.child_id"
                + " where c.identifier = '"
                + identifier
                + "'");
    var audited =
        Database.column(
            "select target_id from audit_event where action = 'referral.register'"
                + " and outcome = 'SUCCESS' and target_id in ("
                + String.join(",", referrals.stream().map(id -> "'" + id + "'").toList())
                + ")");
    assertEquals(referrals.size(), audited.size(), "one audit row per committed referral");
    assertEquals(created, referrals.size(), statuses::toString);
    if (created == 1) {
      assertTrue(statuses.contains(409), statuses::toString);
      var all =
          Database.column(
              "select count(*) from audit_event where action = 'referral.register' and outcome = 'SUCCESS'");
      assertTrue(Long.parseLong(all.get(0)) >= 1);
    }
  }

  @Test
  void theTrailCannotBeAlteredThroughTheApplicationOrTheDatabase() {
    assertEquals(405, http.send("DELETE", "/api/audit", Tokens.of("ada"), null, null).status());
    assertEquals(
        405, http.send("PUT", "/api/audit", Tokens.of("ada"), "application/json", "[]").status());
    var refused =
        assertThrows(
            IllegalStateException.class,
            () -> Database.execute("update audit_event set actor = 'mallory'"));
    assertTrue(refused.getCause() instanceof SQLException);
    assertThrows(IllegalStateException.class, () -> Database.execute("delete from audit_event"));
  }

  @Test
  void adminsSeeTheirCentresOnly() {
    var southEpisode = fixtures.episode("south", "southbay");
    http.get("/api/episodes/" + southEpisode, Tokens.of("carl"));
    assertEquals(0, events("episodeId=" + southEpisode).size());
    assertEquals(400, http.get("/api/audit?from=yesterday", Tokens.of("ada")).status());
  }
}
