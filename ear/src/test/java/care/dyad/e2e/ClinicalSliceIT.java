package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures;
import care.dyad.e2e.support.Tokens;
import org.junit.jupiter.api.Test;

/** The foundation slice, step by step, as the demo users would do it. */
class ClinicalSliceIT extends EndToEnd {

  @Test
  void referralToPayerBundleWorksEndToEnd() {
    // A scheduler registers a referral for a dyad.
    var registered =
        http.post("/api/referrals", Tokens.of("sam"), Fixtures.referralJson("north", "northwind"));
    assertEquals(201, registered.status(), registered::toString);
    var referral = registered.json();
    assertEquals("received", referral.getString("status"));
    assertEquals("mother", referral.getJsonObject("caregiver").getString("relationship"));
    assertTrue(
        registered.header("Location").endsWith("/api/referrals/" + referral.getString("id")));

    // A clinician accepts it: an episode opens, coded 6B44, provisional.
    var accepted =
        http.post(
            "/api/referrals/" + referral.getString("id") + "/acceptance", Tokens.of("clara"), "{}");
    assertEquals(201, accepted.status(), accepted::toString);
    var episode = accepted.json();
    var episodeId = episode.getString("id");
    var diagnosis = episode.getJsonObject("diagnosis");
    assertEquals("http://id.who.int/icd/release/11/mms", diagnosis.getString("system"));
    assertEquals("6B44", diagnosis.getString("code"));
    assertEquals("provisional", diagnosis.getString("verification"));
    assertEquals(
        "accepted",
        http.get("/api/referrals/" + referral.getString("id"), Tokens.of("sam"))
            .json()
            .getString("status"));

    // The clinician records a baseline score, validated against the instrument's scale.
    var baseline =
        http.post(
            "/api/episodes/" + episodeId + "/assessments",
            Tokens.of("clara"),
            """
            {"instrumentCode": "ainsworth-sensitivity", "timePoint": "baseline", "score": 4}
            """);
    assertEquals(201, baseline.status(), baseline::toString);
    assertEquals(4, baseline.json().getJsonNumber("score").intValue());

    // The clinician assigns a programme and starts treatment; then a scheduler books a session.
    assertEquals(
        200,
        http.post(
                "/api/episodes/" + episodeId + "/transitions",
                Tokens.of("clara"),
                "{\"to\": \"assessing\", \"reason\": \"Assessment started\"}")
            .status());
    assertEquals(
        200,
        http.put(
                "/api/episodes/" + episodeId + "/care-plan",
                Tokens.of("clara"),
                "{\"programmeCode\": \"abc\"}")
            .status());
    assertEquals(
        200,
        http.post(
                "/api/episodes/" + episodeId + "/transitions",
                Tokens.of("clara"),
                "{\"to\": \"in-treatment\", \"reason\": \"ABC starts\"}")
            .status());
    var session =
        http.post(
            "/api/episodes/" + episodeId + "/sessions",
            Tokens.of("sam"),
            Fixtures.sessionJson("clara"));
    assertEquals(201, session.status(), session::toString);
    assertEquals("booked", session.json().getString("status"));
    var sessions = http.get("/api/episodes/" + episodeId + "/sessions", Tokens.of("sam"));
    assertEquals(1, sessions.jsonArray().size(), sessions::toString);

    // The payer fetches the episode's outcome bundle.
    var bundle =
        http.get(
            "/fhir/EpisodeOfCare/" + episodeId + "/$outcome-bundle", Tokens.payer("northwind"));
    assertEquals(200, bundle.status(), bundle::toString);
    assertTrue(bundle.header("Content-Type").startsWith("application/fhir+json"));
    var types =
        bundle.json().getJsonArray("entry").stream()
            .map(e -> e.asJsonObject().getJsonObject("resource").getString("resourceType"))
            .toList();
    assertEquals(
        java.util.List.of(
            "Patient",
            "RelatedPerson",
            "Condition",
            "EpisodeOfCare",
            "Organization",
            "Organization",
            "Coverage",
            "CarePlan",
            "Observation"),
        types,
        "the child, caregiver, diagnosis, episode, centre, payer, coverage, care plan, score");
    assertTrue(bundle.body().contains("\"http://id.who.int/icd/release/11/mms\""));
  }

  @Test
  void schedulerNeverSeesDiagnosisOrScores() {
    var episodeId = fixtures.episode("north", "northwind");
    var asScheduler = http.get("/api/episodes/" + episodeId, Tokens.of("sam"));
    assertEquals(200, asScheduler.status(), asScheduler::toString);
    assertFalse(asScheduler.json().containsKey("diagnosis"), asScheduler::toString);
    assertFalse(asScheduler.body().contains("6B44"));

    var asClinician = http.get("/api/episodes/" + episodeId, Tokens.of("clara"));
    assertNotNull(asClinician.json().getJsonObject("diagnosis"));

    assertEquals(
        403, http.get("/api/episodes/" + episodeId + "/assessments", Tokens.of("sam")).status());
    var record =
        http.post(
            "/api/episodes/" + episodeId + "/assessments",
            Tokens.of("sam"),
            """
            {"instrumentCode": "sdq-total", "timePoint": "baseline", "score": 20}
            """);
    assertEquals(403, record.status(), record::toString);
    assertEquals("application/problem+json", record.header("Content-Type"));
    assertEquals(
        0,
        http.get("/api/episodes/" + episodeId + "/assessments", Tokens.of("clara"))
            .jsonArray()
            .size());
  }

  @Test
  void staffOfAnotherCentreGetNotFound() {
    var referral = fixtures.referral("north", "northwind");
    var episodeId = fixtures.episode("north", "northwind");

    assertEquals(404, http.get("/api/referrals/" + referral, Tokens.of("carl")).status());
    assertEquals(404, http.get("/api/referrals/" + referral, Tokens.of("sue")).status());
    assertEquals(404, http.get("/api/episodes/" + episodeId, Tokens.of("carl")).status());
    var accept = http.post("/api/referrals/" + referral + "/acceptance", Tokens.of("carl"), "{}");
    assertEquals(404, accept.status(), accept::toString);
    assertTrue(
        http.get("/api/referrals", Tokens.of("carl")).jsonArray().stream()
            .noneMatch(r -> r.asJsonObject().getString("id").equals(referral)));

    // Nina works in both centres and sees both.
    assertEquals(200, http.get("/api/referrals/" + referral, Tokens.of("nina")).status());
    assertEquals(200, http.get("/api/episodes/" + episodeId, Tokens.of("nina")).status());
  }

  @Test
  void payerSeesOnlyEpisodesItCovers() {
    var northwindEpisode = fixtures.episode("north", "northwind");

    var other =
        http.get(
            "/fhir/EpisodeOfCare/" + northwindEpisode + "/$outcome-bundle",
            Tokens.payer("southbay"));
    assertEquals(404, other.status(), other::toString);
    assertEquals("OperationOutcome", other.json().getString("resourceType"));
    assertFalse(other.body().contains("\"Patient\""), other::toString);

    assertEquals(403, http.get("/api/referrals", Tokens.payer("northwind")).status());
    assertEquals(
        403, http.get("/api/episodes/" + northwindEpisode, Tokens.payer("northwind")).status());
  }

  @Test
  void everyRequestNeedsAValidTokenExceptTheCapabilityStatement() {
    var anonymous = http.get("/api/referrals", null);
    assertEquals(401, anonymous.status());
    assertNotNull(anonymous.header("WWW-Authenticate"), "401 must carry WWW-Authenticate");
    assertEquals("application/problem+json", anonymous.header("Content-Type"), anonymous::toString);
    assertEquals("A valid bearer token is required.", anonymous.json().getString("detail"));
    var fhir = http.get("/fhir/EpisodeOfCare/x/$outcome-bundle", null);
    assertEquals(401, fhir.status());
    assertEquals("OperationOutcome", fhir.json().getString("resourceType"), fhir::toString);
    assertEquals("login", fhir.json().getJsonArray("issue").getJsonObject(0).getString("code"));
    var badToken = http.get("/api/referrals", "not-a-token");
    assertEquals(401, badToken.status());
    assertEquals(401, badToken.json().getInt("status"), badToken::toString);

    var metadata = http.get("/fhir/metadata", null);
    assertEquals(200, metadata.status(), metadata::toString);
    assertEquals("CapabilityStatement", metadata.json().getString("resourceType"));
  }
}
