package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Tokens;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Clinician-only scores: amendments that keep the original, and change from baseline. */
class AssessmentsIT extends EndToEnd {

  private String record(String episode, String instrument, String timePoint, String value) {
    var reply =
        http.post(
            "/api/episodes/" + episode + "/assessments",
            Tokens.of("clara"),
            "{\"instrumentCode\": \""
                + instrument
                + "\", \"timePoint\": \""
                + timePoint
                + "\", "
                + value
                + "}");
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getString("id");
  }

  private JsonObject outcome(String episode, String instrument) {
    var reply = http.get("/api/episodes/" + episode + "/outcomes", Tokens.of("clara"));
    assertEquals(200, reply.status(), reply::toString);
    return reply.jsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(o -> o.getString("instrumentCode").equals(instrument))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void amendmentsKeepTheOriginalAndTheReason() {
    var episode = fixtures.episode("north", "northwind");
    var id = record(episode, "sdq-total", "baseline", "\"score\": 24");
    var path = "/api/episodes/" + episode + "/assessments/" + id + "/amendments";

    var noReason = http.post(path, Tokens.of("clara"), "{\"score\": 22}");
    assertEquals(400, noReason.status());
    var outOfRange = http.post(path, Tokens.of("clara"), "{\"score\": 41, \"reason\": \"typo\"}");
    assertEquals(400, outOfRange.status());
    assertTrue(outOfRange.json().getString("detail").contains("from 0 to 40"));

    var amended =
        http.post(
            path, Tokens.of("clara"), "{\"score\": 22, \"reason\": \"Item 7 was mis-keyed\"}");
    assertEquals(200, amended.status(), amended::toString);
    http.post(path, Tokens.of("clara"), "{\"score\": 21, \"reason\": \"Checked the paper form\"}");

    var view =
        http.get("/api/episodes/" + episode + "/assessments", Tokens.of("clara"))
            .jsonArray()
            .getJsonObject(0);
    assertEquals(21, view.getJsonNumber("score").intValue());
    assertEquals(24, view.getJsonObject("original").getJsonNumber("score").intValue());
    var amendments = view.getJsonArray("amendments");
    assertEquals(2, amendments.size());
    assertEquals("Item 7 was mis-keyed", amendments.getJsonObject(0).getString("reason"));
    assertTrue(amendments.getJsonObject(0).containsKey("amendedBy"));

    var duplicate =
        http.post(
            "/api/episodes/" + episode + "/assessments",
            Tokens.of("clara"),
            "{\"instrumentCode\": \"sdq-total\", \"timePoint\": \"baseline\", \"score\": 30}");
    assertEquals(409, duplicate.status());
    assertTrue(duplicate.json().getString("detail").contains("amend it instead"));
    assertEquals(
        403, http.post(path, Tokens.of("sam"), "{\"score\": 20, \"reason\": \"x\"}").status());
  }

  @Test
  void improvingAndDeterioratingSeriesAreClassifiedAgainstTheReliableChangeThreshold() {
    var episode = fixtures.episode("north", "northwind");
    record(episode, "sdq-total", "baseline", "\"score\": 24");
    record(episode, "sdq-total", "mid", "\"score\": 19");
    record(episode, "sdq-total", "end", "\"score\": 14");
    record(episode, "psi-sf", "baseline", "\"score\": 90");
    record(episode, "psi-sf", "end", "\"score\": 110");
    record(episode, "ainsworth-sensitivity", "baseline", "\"score\": 3");
    record(episode, "ainsworth-sensitivity", "end", "\"score\": 7");

    var sdq = outcome(episode, "sdq-total");
    assertEquals(24, sdq.getJsonObject("baseline").getJsonNumber("score").intValue());
    var points = sdq.getJsonArray("remeasurements");
    assertEquals(-5, points.getJsonObject(0).getJsonNumber("changeFromBaseline").intValue());
    assertEquals("no-reliable-change", points.getJsonObject(0).getString("verdict"));
    assertEquals(-10, points.getJsonObject(1).getJsonNumber("changeFromBaseline").intValue());
    assertEquals("reliable-improvement", points.getJsonObject(1).getString("verdict"));
    assertEquals("lower", sdq.getString("betterIs"));

    var psi = outcome(episode, "psi-sf").getJsonArray("remeasurements").getJsonObject(0);
    assertEquals("reliable-deterioration", psi.getString("verdict"));
    var ainsworth =
        outcome(episode, "ainsworth-sensitivity").getJsonArray("remeasurements").getJsonObject(0);
    assertEquals("threshold-unknown", ainsworth.getString("verdict"));
  }

  @Test
  void strangeSituationMovesBetweenClassifications() {
    var improving = fixtures.episode("north", "northwind");
    record(improving, "strange-situation", "baseline", "\"category\": \"D\"");
    record(improving, "strange-situation", "end", "\"category\": \"B\"");
    assertEquals(
        "reliable-improvement",
        outcome(improving, "strange-situation")
            .getJsonArray("remeasurements")
            .getJsonObject(0)
            .getString("verdict"));

    var deteriorating = fixtures.episode("north", "northwind");
    record(deteriorating, "strange-situation", "baseline", "\"category\": \"B\"");
    record(deteriorating, "strange-situation", "follow-up", "\"category\": \"D\"");
    var point =
        outcome(deteriorating, "strange-situation").getJsonArray("remeasurements").getJsonObject(0);
    assertEquals("reliable-deterioration", point.getString("verdict"));
    assertEquals("D", point.getString("category"));
  }

  @Test
  void schedulersAndPayersNeverReachScores() {
    var episode = fixtures.episode("north", "northwind");
    record(episode, "sdq-total", "baseline", "\"score\": 24");
    for (var path : new String[] {"/assessments", "/outcomes"}) {
      assertEquals(403, http.get("/api/episodes/" + episode + path, Tokens.of("sam")).status());
      assertEquals(
          403, http.get("/api/episodes/" + episode + path, Tokens.payer("northwind")).status());
    }
    var summary = http.get("/api/episodes/" + episode, Tokens.of("sam")).body();
    assertTrue(!summary.contains("sdq") && !summary.contains("\"score\""), summary);
    var list = http.get("/api/episodes", Tokens.of("sam")).body();
    assertTrue(!list.contains("diagnosis") && !list.contains("6B44"), list);
  }
}
