package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures;
import care.dyad.e2e.support.Http.Reply;
import care.dyad.e2e.support.Tokens;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx a person can act on, in the API's error format, and writes nothing. */
class BadInputIT extends EndToEnd {

  private static void assertProblem(int status, Reply reply, String... detailContains) {
    assertEquals(status, reply.status(), reply::toString);
    assertEquals("application/problem+json", reply.header("Content-Type"), reply::toString);
    var problem = reply.json();
    assertEquals(status, problem.getInt("status"));
    for (var text : detailContains) {
      assertTrue(
          problem.getString("detail").contains(text), () -> "expected '" + text + "' in " + reply);
    }
    assertFalse(reply.body().contains("Exception"), () -> "no stack or exception names: " + reply);
    assertFalse(reply.body().contains("\tat "), reply::toString);
  }

  @Test
  void malformedJsonIsRefusedSayingWhereAndWhichField() {
    assertProblem(
        400,
        http.post("/api/referrals", Tokens.of("sam"), "{\"child\": "),
        "not valid JSON (line 1, column");
    assertProblem(
        400,
        http.post("/api/referrals", Tokens.of("sam"), "[]"),
        "The request body must be a JSON object");
    var wrongDate =
        http.post(
            "/api/referrals",
            Tokens.of("sam"),
            Fixtures.referralJson("north", "northwind")
                .replaceFirst("\"birthDate\": \"[^\"]+\"", "\"birthDate\": \"yesterday\""));
    assertProblem(400, wrongDate, "child.birthDate must be a date as YYYY-MM-DD");
    assertFalse(wrongDate.body().contains("yesterday"), "values are not echoed: " + wrongDate);
    assertEquals("child.birthDate", wrongDate.firstErrorField());
    assertProblem(
        400,
        http.post(
            "/api/episodes/" + UUID.randomUUID() + "/sessions",
            Tokens.of("sam"),
            "{\"clinicianId\": \"clara\", \"startsAt\": \"2027-01-04T09:00\", \"homeVisit\": true}"),
        "startsAt must be a time with its offset, e.g. 2026-12-01T10:00:00Z");
  }

  @Test
  void missingFieldsAreNamed() {
    var reply = http.post("/api/referrals", Tokens.of("sam"), "{\"source\": \"gp\"}");
    assertProblem(400, reply, "child is required");
    var fields =
        reply.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertTrue(
        fields.containsAll(
            java.util.List.of("child", "caregiver", "reason", "payerId", "memberId")),
        fields::toString);
    assertProblem(
        400, http.post("/api/referrals", Tokens.of("sam"), ""), "request body is required");
  }

  @Test
  void unknownCodesAreRefusedWithTheAllowedOnes() {
    assertProblem(
        400,
        http.post(
            "/api/referrals",
            Tokens.of("sam"),
            Fixtures.referralJson("north", "northwind").replace("\"mother\"", "\"aunt\"")),
        "'aunt' is not a known caregiver.relationship",
        "kinship-carer");
    assertProblem(
        400,
        http.post("/api/referrals", Tokens.of("sam"), Fixtures.referralJson("north", "acme")),
        "'acme' is not an active payer partner",
        "northwind");
    assertProblem(
        400,
        http.post("/api/referrals", Tokens.of("sam"), Fixtures.referralJson("south", "northwind")),
        "You do not work in centre 'south'");
    var referral = fixtures.referral("north", "northwind");
    assertProblem(
        400,
        http.post(
            "/api/referrals/" + referral + "/acceptance",
            Tokens.of("clara"),
            "{\"diagnosisCode\": \"6B40\"}"),
        "6B44",
        "6B45");
    assertEquals(
        "received",
        http.get("/api/referrals/" + referral, Tokens.of("sam")).json().getString("status"));
  }

  @Test
  void outOfRangeScoresNameTheRangeAndSaveNothing() {
    var episode = fixtures.episode("north", "northwind");
    var path = "/api/episodes/" + episode + "/assessments";
    assertProblem(
        400,
        http.post(
            path,
            Tokens.of("clara"),
            "{\"instrumentCode\": \"ainsworth-sensitivity\", \"timePoint\": \"baseline\", \"score\": 12}"),
        "out of range",
        "from 1 to 9");
    assertProblem(
        400,
        http.post(
            path,
            Tokens.of("clara"),
            "{\"instrumentCode\": \"strange-situation\", \"timePoint\": \"baseline\", \"category\": \"E\"}"),
        "A, B, C, D");
    assertProblem(
        400,
        http.post(
            path,
            Tokens.of("clara"),
            "{\"instrumentCode\": \"bayley\", \"timePoint\": \"baseline\", \"score\": 3}"),
        "not a catalogued instrument",
        "sdq-total");
    assertProblem(
        400,
        http.post(
            path,
            Tokens.of("clara"),
            "{\"instrumentCode\": \"sdq-total\", \"timePoint\": \"week-3\", \"score\": 3}"),
        "baseline, mid, end, follow-up");
    assertProblem(
        400,
        http.post(
            path,
            Tokens.of("clara"),
            "{\"instrumentCode\": \"sdq-total\", \"timePoint\": \"baseline\", \"score\": 12.345}"),
        "score may have at most 2 decimal places.");
    var huge =
        http.post(
            path,
            Tokens.of("clara"),
            "{\"instrumentCode\": \"sdq-total\", \"timePoint\": \"baseline\", \"score\": 1e999999999}");
    assertProblem(400, huge, "score may have at most 6 digits before the point.");
    assertEquals(0, http.get(path, Tokens.of("clara")).jsonArray().size());
  }

  @Test
  void unknownIdsAreNotFound() {
    var missing = UUID.randomUUID();
    assertProblem(404, http.get("/api/referrals/" + missing, Tokens.of("sam")), missing.toString());
    assertProblem(404, http.get("/api/episodes/" + missing, Tokens.of("clara")));
    assertProblem(
        404,
        http.post(
            "/api/episodes/" + missing + "/sessions",
            Tokens.of("sam"),
            Fixtures.sessionJson("clara")));
    assertProblem(404, http.get("/api/referrals/not-a-uuid", Tokens.of("sam")));
    assertProblem(404, http.get("/api/nothing-here", Tokens.of("sam")));

    var fhir =
        http.get("/fhir/EpisodeOfCare/" + missing + "/$outcome-bundle", Tokens.payer("northwind"));
    assertEquals(404, fhir.status(), fhir::toString);
    assertEquals("OperationOutcome", fhir.json().getString("resourceType"));
    assertEquals("not-found", fhir.json().getJsonArray("issue").getJsonObject(0).getString("code"));
  }

  @Test
  void bookingConflictsAndBadTimesAreRefused() {
    var episode = fixtures.treatedEpisode("north", "northwind");
    var path = "/api/episodes/" + episode + "/sessions";
    var slot = Fixtures.sessionJson("clara");
    assertEquals(201, http.post(path, Tokens.of("sam"), slot).status());
    assertProblem(409, http.post(path, Tokens.of("sam"), slot), "already has a session");
    assertProblem(
        400,
        http.post(path, Tokens.of("sam"), Fixtures.sessionJson("carl")),
        "not a clinician of centre north");
    assertProblem(
        400,
        http.post(
            path,
            Tokens.of("sam"),
            "{\"clinicianId\": \"clara\", \"startsAt\": \"2020-01-01T10:00:00Z\", \"durationMinutes\": 60,"
                + " \"roomId\": \""
                + Fixtures.NORTH_ROOM_1
                + "\"}"),
        "in the future");
    assertProblem(
        400,
        http.post(
            path,
            Tokens.of("sam"),
            Fixtures.sessionJson("clara")
                .replace("\"durationMinutes\": 60", "\"durationMinutes\": 5")),
        "between 15 and 240");
    assertEquals(1, http.get(path, Tokens.of("sam")).jsonArray().size());
  }

  @Test
  void valuesMustFitTheirFieldsAndARefusalSavesNothing() {
    var before = http.get("/api/referrals", Tokens.of("sam")).jsonArray().size();
    var referral = Fixtures.referralJson("north", "northwind");
    var notABoolean =
        http.post(
            "/api/referrals",
            Tokens.of("sam"),
            referral.replace("\"safeguardingConcern\": false", "\"safeguardingConcern\": \"yes\""));
    assertProblem(400, notABoolean, "safeguardingConcern must be true or false, unquoted.");
    assertEquals("safeguardingConcern", notABoolean.firstErrorField());
    assertProblem(
        400,
        http.post(
            "/api/referrals",
            Tokens.of("sam"),
            referral.replace("\"treatment\": true", "\"treatment\": 1")),
        "consents.treatment must be true or false");
    assertProblem(
        400,
        http.post(
            "/api/referrals", Tokens.of("sam"), referral.replace("\"Robin\"", "\"Rob\\u0000in\"")),
        "child.givenName must be text without the NUL character");
    // A birth date long past is a slip of the year, like one to come.
    var grownUp =
        http.post(
            "/api/referrals",
            Tokens.of("sam"),
            referral.replaceFirst("\"birthDate\": \"[^\"]+\"", "\"birthDate\": \"1920-05-01\""));
    assertProblem(400, grownUp, "child.birthDate makes the child 18 or older");
    assertFalse(grownUp.body().contains("1920"), "the birth date is not echoed: " + grownUp);
    assertEquals("child.birthDate", grownUp.firstErrorField());
    assertEquals(before, http.get("/api/referrals", Tokens.of("sam")).jsonArray().size());

    var episode = fixtures.treatedEpisode("north", "northwind");
    var sessions = "/api/episodes/" + episode + "/sessions";
    assertProblem(
        400,
        http.post(
            sessions,
            Tokens.of("sam"),
            Fixtures.sessionJson("clara")
                .replace("\"durationMinutes\": 60", "\"durationMinutes\": 45.7")),
        "durationMinutes must be a whole number, unquoted.");
    assertProblem(
        400,
        http.post(
            sessions,
            Tokens.of("sam"),
            Fixtures.sessionJson("clara")
                .replaceFirst(
                    "\"startsAt\": \"[^\"]+\"", "\"startsAt\": \"+999999999-06-21T10:00:00Z\"")),
        "startsAt must be a date in the years 0001 to 9999.");
    assertEquals(0, http.get(sessions, Tokens.of("sam")).jsonArray().size());
  }

  @Test
  void queryValuesNoResourceCanUseAreRefused() {
    assertProblem(
        400,
        http.get("/api/episodes?dropout=maybe", Tokens.of("clara")),
        "dropout must be true or false.");
    assertProblem(400, http.get("/api/audit?actor=Quux%00x", Tokens.of("ada")), "NUL character");
    assertProblem(
        400,
        http.get("/api/schedule?clinicianId=clara&from=-999999999-01-01&days=7", Tokens.of("sam")),
        "from must be a date in the years 0001 to 9999.");
    var fhir =
        http.get(
            "/fhir/Measure/payer-summary/$evaluate-measure?periodStart=-0001-01-01&periodEnd=0001-12-31",
            Tokens.payer("northwind"));
    assertEquals(400, fhir.status(), fhir::toString);
    assertEquals("OperationOutcome", fhir.json().getString("resourceType"));
  }

  @Test
  void validationNamesTheRequestFieldNotTheServersParameter() {
    var referral = fixtures.referral("north", "northwind");
    var reply =
        http.post(
            "/api/referrals/" + referral + "/decline",
            Tokens.of("clara"),
            "{\"reason\": \"" + "x".repeat(1001) + "\"}");
    assertProblem(400, reply, "reason size must be between 0 and 1000");
    assertFalse(reply.json().getString("detail").contains("decision"), reply::toString);
    assertEquals("reason", reply.firstErrorField());
  }

  @Test
  void aRoleThatMayNotActIsRefusedBeforeItsBodyIsJudged() {
    var episode = UUID.randomUUID();
    assertProblem(403, http.put("/api/clinicians/nina/hours", Tokens.of("clara"), "{}"));
    assertProblem(403, http.post("/api/rooms", Tokens.of("clara"), "{}"));
    assertProblem(
        403, http.post("/api/episodes/" + episode + "/diagnoses", Tokens.of("sam"), "{}"));
    assertProblem(403, http.post("/api/admin/staff", Tokens.of("sam"), "{}"));
    assertProblem(403, http.post("/api/referrals", Tokens.of("ada"), "{}"));
    // The role that may act gets the fields named.
    assertProblem(400, http.post("/api/referrals", Tokens.of("sam"), "{}"), "child is required");
  }

  @Test
  void aBodyOverOneMegabyteIsRefusedBeforeItIsRead() throws Exception {
    // Declared: answered from the headers alone, so none of the body is sent.
    var declared = raw("Content-Length: 2000000\r\n", new byte[0]);
    assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
    assertTrue(declared.contains("application/problem+json"), declared);
    assertTrue(declared.contains("over 1 MB"), declared);
    // Chunked: read up to one byte past the limit, then refused the same way.
    var chunk = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(chunk, (byte) 'a');
    var head = Integer.toHexString(chunk.length) + "\r\n";
    var chunked =
        raw(
            "Transfer-Encoding: chunked\r\n",
            concat(
                head.getBytes(StandardCharsets.US_ASCII),
                chunk,
                "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);
    assertTrue(chunked.contains("over 1 MB"), chunked);
    // A chunked body within the limit is read as usual.
    var small = "{}".getBytes(StandardCharsets.US_ASCII);
    var within =
        raw(
            "Transfer-Encoding: chunked\r\nConnection: close\r\n",
            concat(
                "2\r\n".getBytes(StandardCharsets.US_ASCII),
                small,
                "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    assertTrue(within.startsWith("HTTP/1.1 400"), within);
    assertTrue(within.contains("is required"), within);
  }

  /** A POST of JSON to /api/referrals as sam over a plain socket; answers the whole reply. */
  private String raw(String headers, byte[] body) throws Exception {
    try (var socket = new Socket(deploymentUrl.getHost(), deploymentUrl.getPort())) {
      socket.setSoTimeout(30_000);
      var out = socket.getOutputStream();
      out.write(
          ("POST /api/referrals HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + Tokens.of("sam")
                  + "\r\nContent-Type: application/json\r\n"
                  + headers
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] concat(byte[]... parts) {
    var all = new java.io.ByteArrayOutputStream();
    for (var part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  @Test
  void wrongMediaTypeIsRefused() {
    assertProblem(
        415, http.send("POST", "/api/referrals", Tokens.of("sam"), "text/plain", "hello"));
    assertProblem(405, http.send("DELETE", "/api/referrals", Tokens.of("sam"), null, null));
    assertProblem(
        400,
        http.send(
            "GET",
            "/api/referrals",
            Tokens.of("sam"),
            null,
            null,
            java.util.Map.of("Accept", "application/json;q=high")),
        "The Accept header cannot be read");
    assertProblem(
        400,
        http.send("POST", "/api/referrals", Tokens.of("sam"), "application/;;;=", "{}"),
        "Content-Type");
  }
}
