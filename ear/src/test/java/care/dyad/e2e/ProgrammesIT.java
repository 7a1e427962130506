package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.Database;
import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Tokens;
import org.junit.jupiter.api.Test;

/** Catalogues as data: seeded, edited by centre admins, never rewriting past records. */
class ProgrammesIT extends EndToEnd {

  static final String DEFINITION =
      """
      {"name": "Test programme", "plannedSessions": 8, "minimumSessions": 6, "intervalMinDays": 6,
       "intervalMaxDays": 8, "sessionMinutes": 60, "dyadic": true, "videoFeedback": false,
       "ageMinMonths": 6, "ageMaxMonths": 48, "midAfterSession": 4, "followUpWeeks": 12,
       "evidence": "For tests."}
      """;

  @Test
  void catalogueIsSeededFromTheDomainTables() {
    var programmes = http.get("/api/programmes", Tokens.of("sam"));
    var codes =
        programmes.jsonArray().stream().map(p -> p.asJsonObject().getString("code")).toList();
    assertTrue(
        codes.containsAll(
            java.util.List.of("vipp-sd", "abc", "cos-p", "cpp", "www", "vig", "mellow-toddlers")),
        codes::toString);
    var cos = http.get("/api/programmes/cos-p", Tokens.of("clara")).json();
    assertEquals(false, cos.getBoolean("dyadic"));
    assertEquals(404, http.get("/api/programmes/nope", Tokens.of("clara")).status());
    var instruments = http.get("/api/instruments", Tokens.of("ada")).jsonArray();
    assertEquals(
        9,
        instruments.stream()
            .filter(i -> !i.asJsonObject().getString("code").startsWith("test-"))
            .count());
  }

  @Test
  void adminsDefineProgrammesAndAssignedPlansKeepTheirDose() {
    var code = "test-" + System.nanoTime();
    var created = http.put("/api/programmes/" + code, Tokens.of("ada"), DEFINITION);
    assertEquals(201, created.status(), created::toString);

    var episode = fixtures.episode("north", "northwind");
    var plan =
        http.put(
            "/api/episodes/" + episode + "/care-plan",
            Tokens.of("clara"),
            "{\"programmeCode\": \"" + code + "\"}");
    assertEquals(8, plan.json().getJsonObject("dose").getInt("plannedSessions"), plan::toString);

    var changed =
        http.put(
            "/api/programmes/" + code,
            Tokens.of("ada"),
            DEFINITION.replace("\"plannedSessions\": 8", "\"plannedSessions\": 12"));
    assertEquals(200, changed.status(), changed::toString);
    assertEquals(12, changed.json().getInt("plannedSessions"));
    var after =
        http.get("/api/episodes/" + episode, Tokens.of("clara")).json().getJsonObject("dose");
    assertEquals(8, after.getInt("plannedSessions"), "an assigned plan keeps the dose it copied");

    var invalid =
        http.put(
            "/api/programmes/" + code,
            Tokens.of("ada"),
            DEFINITION.replace("\"minimumSessions\": 6", "\"minimumSessions\": 20"));
    assertEquals(400, invalid.status());
    assertTrue(invalid.json().getString("detail").contains("minimumSessions"));
    var pastFollowUp =
        http.put(
            "/api/programmes/" + code,
            Tokens.of("ada"),
            DEFINITION.replace("\"followUpWeeks\": 12", "\"followUpWeeks\": -5"));
    assertEquals(400, pastFollowUp.status(), pastFollowUp::toString);
    assertEquals("followUpWeeks", pastFollowUp.firstErrorField());
    assertEquals(403, http.put("/api/programmes/" + code, Tokens.of("clara"), DEFINITION).status());
    // Catalogue changes reach every centre and every payer report: who made them is kept.
    var defined =
        Database.column(
            "select actor from audit_event where action = 'programme.define'"
                + " and occurred_at > now() - interval '10 minutes'");
    assertTrue(defined.contains("ada"), "defining a programme is audited: " + defined);
  }

  @Test
  void instrumentEditsApplyToNewScoresOnly() {
    var code = "test-" + System.nanoTime();
    var body =
        """
        {"name": "Test scale", "domain": "caregiver stress", "scaleKind": "numeric", "minScore": 0,
         "maxScore": 10, "betterIs": "lower", "reliableChange": 2, "recordedBy": "clinician"}
        """;
    assertEquals(201, http.put("/api/instruments/" + code, Tokens.of("ada"), body).status());
    var episode = fixtures.episode("north", "northwind");
    var scores = "/api/episodes/" + episode + "/assessments";
    assertEquals(
        201,
        http.post(
                scores,
                Tokens.of("clara"),
                "{\"instrumentCode\": \"" + code + "\", \"timePoint\": \"baseline\", \"score\": 9}")
            .status());

    var narrowed =
        http.put(
            "/api/instruments/" + code,
            Tokens.of("ada"),
            body.replace("\"maxScore\": 10", "\"maxScore\": 5"));
    assertEquals(200, narrowed.status(), narrowed::toString);
    var kept = http.get(scores, Tokens.of("clara")).jsonArray().getJsonObject(0);
    assertEquals(9, kept.getJsonNumber("score").intValue(), "recorded scores are never rewritten");
    var refused =
        http.post(
            scores,
            Tokens.of("clara"),
            "{\"instrumentCode\": \"" + code + "\", \"timePoint\": \"end\", \"score\": 9}");
    assertEquals(400, refused.status());
    assertTrue(refused.json().getString("detail").contains("from 0 to 5"));

    var badKind =
        http.put(
            "/api/instruments/test-" + System.nanoTime(),
            Tokens.of("ada"),
            body.replace("numeric", "colour"));
    assertEquals(400, badKind.status());

    var longCategory =
        http.put(
            "/api/instruments/test-" + System.nanoTime(),
            Tokens.of("ada"),
            "{\"name\": \"Long\", \"domain\": \"d\", \"scaleKind\": \"categorical\","
                + " \"categories\": [\"A\", \"a-category-far-too-long\"], \"preferredCategory\": \"A\","
                + " \"betterIs\": \"higher\", \"recordedBy\": \"clinician\"}");
    assertEquals(400, longCategory.status(), longCategory::toString);
    assertTrue(longCategory.body().contains("1-16 characters"), longCategory::toString);

    // Payer summaries are broken down by domain, so only the CodeSystem's domains are accepted.
    var unknownDomain =
        http.put(
            "/api/instruments/" + code,
            Tokens.of("ada"),
            body.replace("caregiver stress", "Child regulation"));
    assertEquals(400, unknownDomain.status(), unknownDomain::toString);
    assertEquals("domain", unknownDomain.firstErrorField());
    assertTrue(
        unknownDomain.body().contains("child regulation / behaviour"), unknownDomain::toString);
    var otherCase =
        http.put(
            "/api/instruments/" + code,
            Tokens.of("ada"),
            body.replace("caregiver stress", " Caregiver Stress"));
    assertEquals(200, otherCase.status(), otherCase::toString);
    assertEquals("caregiver stress", otherCase.json().getString("domain"));
  }
}
