package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures;
import care.dyad.e2e.support.Tokens;
import care.dyad.web.api.ApiApplication;
import care.dyad.web.fhir.FhirApplication;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Checks every endpoint against every role, as written in {@code role-matrix.md}. The endpoints are
 * read from the JAX-RS resource classes themselves, so a new endpoint without a row fails.
 */
class RoleMatrixIT extends EndToEnd {

  private static final List<String> CALLERS =
      List.of("anonymous", "clinician", "scheduler", "payer", "centre-admin");

  /** The request each endpoint gets: the path with ids filled in, and a body for writes. */
  private record Call(String path, String body) {}

  private Map<String, Function<String, Call>> calls() {
    var referral = fixtures.referral("north", "northwind");
    var episode = fixtures.treatedEpisode("north", "northwind");
    var assessment = fixtures.baseline(episode, "clara");
    var session = fixtures.session(episode, "clara");
    var e = "/api/episodes/" + episode;
    Map<String, Function<String, Call>> calls = new LinkedHashMap<>();
    calls.put("GET /api/referrals", role -> new Call("/api/referrals", null));
    calls.put(
        "POST /api/referrals",
        role -> new Call("/api/referrals", Fixtures.referralJson("north", "northwind")));
    calls.put(
        "GET /api/referrals/waiting-list", role -> new Call("/api/referrals/waiting-list", null));
    calls.put("GET /api/referrals/{id}", role -> new Call("/api/referrals/" + referral, null));
    calls.put(
        "POST /api/referrals/{id}/acceptance",
        role -> new Call("/api/referrals/" + fresh() + "/acceptance", "{}"));
    calls.put(
        "POST /api/referrals/{id}/decline",
        role ->
            new Call(
                "/api/referrals/" + fresh() + "/decline", "{\"reason\": \"Outside catchment\"}"));
    calls.put(
        "POST /api/referrals/{id}/redirection",
        role ->
            new Call(
                "/api/referrals/" + fresh() + "/redirection",
                "{\"destination\": \"developmental-assessment\", \"reason\": \"Possible autism\"}"));
    calls.put(
        "POST /api/referrals/{id}/consents/{kind}/withdrawal",
        role ->
            new Call("/api/referrals/" + fresh() + "/consents/outcome-sharing/withdrawal", "{}"));
    calls.put("GET /api/episodes", role -> new Call("/api/episodes", null));
    calls.put("GET /api/episodes/{id}", role -> new Call(e, null));
    calls.put(
        "POST /api/episodes/{id}/transitions",
        role ->
            new Call(
                "/api/episodes/" + fixtures.episode("north", "northwind") + "/transitions",
                "{\"to\": \"assessing\", \"reason\": \"Assessment booked\"}"));
    calls.put(
        "POST /api/episodes/{id}/diagnoses",
        role ->
            new Call(e + "/diagnoses", "{\"code\": \"6B44\", \"verification\": \"provisional\"}"));
    calls.put(
        "POST /api/episodes/{id}/developmental-assessments",
        role ->
            new Call(
                e + "/developmental-assessments",
                "{\"tool\": \"Griffiths III\", \"finding\": \"no-developmental-concern\","
                    + " \"performedOn\": \"2026-01-05\"}"));
    calls.put(
        "PUT /api/episodes/{id}/care-plan",
        role ->
            new Call(
                e + "/care-plan", "{\"programmeCode\": \"abc\", \"acknowledgeAgeWarning\": true}"));
    calls.put(
        "POST /api/episodes/{id}/dose-extensions",
        role ->
            new Call(e + "/dose-extensions", "{\"sessions\": 1, \"justification\": \"Illness\"}"));
    calls.put("GET /api/episodes/{id}/history", role -> new Call(e + "/history", null));
    calls.put("GET /api/episodes/{id}/outcomes", role -> new Call(e + "/outcomes", null));
    calls.put("GET /api/episodes/{id}/assessments", role -> new Call(e + "/assessments", null));
    calls.put(
        "POST /api/episodes/{id}/assessments",
        role ->
            new Call(
                "/api/episodes/" + fixtures.episode("north", "northwind") + "/assessments",
                "{\"instrumentCode\": \"psi-sf\", \"timePoint\": \"baseline\", \"score\": 100}"));
    calls.put(
        "POST /api/episodes/{id}/assessments/{assessmentId}/amendments",
        role ->
            new Call(
                e + "/assessments/" + assessment + "/amendments",
                "{\"score\": 23, \"reason\": \"Transcription error\"}"));
    calls.put("GET /api/episodes/{id}/sessions", role -> new Call(e + "/sessions", null));
    calls.put(
        "POST /api/episodes/{id}/sessions",
        role -> new Call(e + "/sessions", Fixtures.sessionJson("clara")));
    calls.put(
        "POST /api/sessions/{id}/outcome",
        role ->
            new Call("/api/sessions/" + session + "/outcome", "{\"outcome\": \"did-not-attend\"}"));
    calls.put(
        "POST /api/episodes/{id}/sessions/series",
        role ->
            new Call(
                e + "/sessions/series",
                "{\"clinicianId\": \"clara\", \"firstStartsAt\": \""
                    + Fixtures.nextSlot()
                    + "\", \"count\": 1, \"roomId\": \""
                    + Fixtures.NORTH_ROOM_1
                    + "\", \"overrideIntervalReason\": \"matrix\"}"));
    calls.put(
        "GET /api/episodes/{id}/free-slots",
        role ->
            new Call(
                e + "/free-slots?clinicianId=clara&roomId=" + Fixtures.NORTH_ROOM_1 + "&count=2",
                null));
    calls.put("GET /api/episodes/{id}/dose", role -> new Call(e + "/dose", null));
    var toMove = fixtures.session(episode, "clara", "moved");
    calls.put(
        "POST /api/sessions/{id}/reschedule",
        role ->
            new Call(
                "/api/sessions/" + toMove + "/reschedule",
                "{\"startsAt\": \""
                    + Fixtures.nextSlot()
                    + "\", \"reason\": \"by-family\","
                    + " \"overrideIntervalReason\": \"matrix\"}"));
    var toCancel = fixtures.session(episode, "clara", "cancelled");
    calls.put(
        "POST /api/sessions/{id}/cancellation",
        role ->
            new Call("/api/sessions/" + toCancel + "/cancellation", "{\"reason\": \"by-centre\"}"));
    calls.put(
        "GET /api/schedule", role -> new Call("/api/schedule?clinicianId=clara&days=7", null));
    calls.put(
        "GET /api/remeasurements/overdue", role -> new Call("/api/remeasurements/overdue", null));
    calls.put("GET /api/rooms", role -> new Call("/api/rooms", null));
    calls.put("GET /api/clinicians", role -> new Call("/api/clinicians", null));
    calls.put("GET /api/episodes/at-risk", role -> new Call("/api/episodes/at-risk", null));
    calls.put(
        "POST /api/rooms",
        role ->
            new Call(
                "/api/rooms",
                "{\"centreId\": \"north\", \"name\": \"Room " + System.nanoTime() + "\"}"));
    calls.put(
        "GET /api/clinicians/{username}/hours",
        role -> new Call("/api/clinicians/clara/hours?centreId=north", null));
    calls.put(
        "PUT /api/clinicians/{username}/hours",
        role -> new Call("/api/clinicians/clara/hours", SchedulingIT.WEEKDAYS_8_TO_6));
    calls.put(
        "GET /api/clinicians/{username}/exceptions",
        role -> new Call("/api/clinicians/clara/exceptions", null));
    calls.put(
        "POST /api/clinicians/{username}/exceptions",
        role ->
            new Call(
                "/api/clinicians/clara/exceptions",
                "{\"kind\": \"training\", \"startsAt\": \"2028-09-04T09:00:00Z\", \"endsAt\": \"2028-09-04T17:00:00Z\"}"));
    calls.put("GET /api/instruments", role -> new Call("/api/instruments", null));
    calls.put(
        "PUT /api/instruments/{code}",
        role ->
            new Call(
                "/api/instruments/rpq",
                "{\"name\": \"Relationship Problems Questionnaire\", \"domain\": \"attachment problems\","
                    + " \"minScore\": 0, \"maxScore\": 30, \"betterIs\": \"lower\","
                    + " \"recordedBy\": \"caregiver report, clinician-entered\"}"));
    calls.put("GET /api/programmes", role -> new Call("/api/programmes", null));
    calls.put("GET /api/programmes/{code}", role -> new Call("/api/programmes/abc", null));
    calls.put(
        "PUT /api/programmes/{code}",
        role -> new Call("/api/programmes/matrix-test", ProgrammesIT.DEFINITION));
    calls.put("GET /api/audit", role -> new Call("/api/audit?episodeId=" + episode, null));
    // Admin calls that are refused on their content, so the matrix leaves Keycloak unchanged.
    calls.put("GET /api/admin/staff", role -> new Call("/api/admin/staff", null));
    calls.put(
        "POST /api/admin/staff",
        role ->
            new Call(
                "/api/admin/staff",
                "{\"username\": \"matrix\", \"firstName\": \"M\", \"lastName\": \"X\","
                    + " \"email\": \"m@x.example\", \"role\": \"payer\", \"centres\": [\"north\"]}"));
    calls.put(
        "PUT /api/admin/staff/{username}/access",
        role ->
            new Call(
                "/api/admin/staff/nobody-here/access",
                "{\"role\": \"scheduler\", \"centres\": [\"north\"]}"));
    calls.put(
        "POST /api/admin/staff/{username}/disablement",
        role -> new Call("/api/admin/staff/nobody-here/disablement", ""));
    calls.put("GET /api/admin/centres", role -> new Call("/api/admin/centres", null));
    calls.put(
        "POST /api/admin/centres",
        role ->
            new Call(
                "/api/admin/centres",
                "{\"id\": \"matrix\", \"name\": \"M\", \"timeZone\": \"Mars/Olympus\"}"));
    calls.put("GET /api/admin/payer-partners", role -> new Call("/api/admin/payer-partners", null));
    calls.put(
        "POST /api/admin/payer-partners",
        role -> new Call("/api/admin/payer-partners", "{\"id\": \"northwind\", \"name\": \"M\"}"));
    calls.put(
        "POST /api/admin/payer-partners/{id}/secret",
        role -> new Call("/api/admin/payer-partners/nobody-here/secret", ""));
    calls.put(
        "POST /api/admin/payer-partners/{id}/deactivation",
        role -> new Call("/api/admin/payer-partners/nobody-here/deactivation", ""));
    calls.put("GET /fhir/metadata", role -> new Call("/fhir/metadata", null));
    calls.put("GET /fhir/{type}", role -> new Call("/fhir/Observation?_count=5", null));
    calls.put(
        "GET /fhir/{type}/{id}",
        role -> new Call("/fhir/EpisodeOfCare/" + java.util.UUID.randomUUID(), null));
    calls.put("GET /fhir/Group/{id}", role -> new Call("/fhir/Group/northwind", null));
    calls.put(
        "GET /fhir/Measure/payer-summary/$evaluate-measure",
        role ->
            new Call(
                "/fhir/Measure/payer-summary/$evaluate-measure?periodStart=2026-01-01&periodEnd=2026-12-31",
                null));
    calls.put(
        "GET /fhir/PlanDefinition/{code}", role -> new Call("/fhir/PlanDefinition/abc", null));
    calls.put("GET /api/admin/deliveries", role -> new Call("/api/admin/deliveries", null));
    calls.put(
        "POST /api/admin/deliveries/{id}/retry",
        role -> new Call("/api/admin/deliveries/" + java.util.UUID.randomUUID() + "/retry", ""));
    // A well-formed Subscription with an endpoint the boundary refuses (after the role check).
    calls.put(
        "POST /fhir/Subscription",
        role ->
            new Call(
                "/fhir/Subscription",
                "{\"resourceType\": \"Subscription\", \"status\": \"requested\", \"reason\": \"m\","
                    + " \"criteria\": \"EpisodeOfCare?\","
                    + " \"channel\": {\"type\": \"rest-hook\", \"endpoint\": \"ftp://nowhere\"}}"));
    calls.put("GET /fhir/Subscription", role -> new Call("/fhir/Subscription", null));
    calls.put(
        "DELETE /fhir/Subscription/{id}",
        role -> new Call("/fhir/Subscription/" + java.util.UUID.randomUUID(), null));
    // Without Prefer: respond-async, so a payer's kick-off is refused on content (400).
    calls.put("GET /fhir/$export", role -> new Call("/fhir/$export", null));
    calls.put(
        "GET /fhir/Group/{id}/$export", role -> new Call("/fhir/Group/northwind/$export", null));
    var noExport = "/fhir/bulk-status/" + java.util.UUID.randomUUID();
    calls.put("GET /fhir/bulk-status/{id}", role -> new Call(noExport, null));
    calls.put("DELETE /fhir/bulk-status/{id}", role -> new Call(noExport, null));
    calls.put(
        "GET /fhir/bulk-files/{id}/{type}.ndjson",
        role ->
            new Call("/fhir/bulk-files/" + java.util.UUID.randomUUID() + "/Patient.ndjson", null));
    calls.put(
        "GET /fhir/EpisodeOfCare/{id}/$outcome-bundle",
        role -> new Call("/fhir/EpisodeOfCare/" + episode + "/$outcome-bundle", null));
    return calls;
  }

  private String fresh() {
    return fixtures.referral("north", "northwind");
  }

  @Test
  void everyEndpointIsInTheMatrixAndTheMatrixHolds() throws IOException {
    var matrix = readMatrix();
    var endpoints = endpoints();
    assertEquals(
        endpoints,
        new TreeSet<>(matrix.keySet()),
        "role-matrix.md must list exactly the application's endpoints");

    var calls = calls();
    var failures = new ArrayList<String>();
    for (var endpoint : endpoints) {
      var call = calls.get(endpoint);
      assertTrue(call != null, "RoleMatrixIT has no request for " + endpoint + "; add one");
      var expected = matrix.get(endpoint);
      for (int i = 0; i < CALLERS.size(); i++) {
        var caller = CALLERS.get(i);
        var request = call.apply(caller);
        var method = endpoint.substring(0, endpoint.indexOf(' '));
        var reply =
            http.send(
                method,
                request.path(),
                token(caller),
                request.body() == null ? null : "application/json",
                request.body());
        var want = expected.get(i);
        var ok =
            switch (want) {
              case "allow" ->
                  reply.status() < 500 && reply.status() != 401 && reply.status() != 403;
              default -> reply.status() == Integer.parseInt(want);
            };
        if (!ok) {
          failures.add(endpoint + " as " + caller + ": expected " + want + ", got " + reply);
        }
      }
    }
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }

  private static String token(String caller) {
    return switch (caller) {
      case "anonymous" -> null;
      case "clinician" -> Tokens.of("clara");
      case "scheduler" -> Tokens.of("sam");
      case "payer" -> Tokens.payer("northwind");
      case "centre-admin" -> Tokens.of("ada");
      default -> throw new IllegalArgumentException(caller);
    };
  }

  private static Map<String, List<String>> readMatrix() throws IOException {
    try (InputStream in = RoleMatrixIT.class.getResourceAsStream("/role-matrix.md")) {
      var rows = new LinkedHashMap<String, List<String>>();
      for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("| GET")
            && !line.startsWith("| POST")
            && !line.startsWith("| PUT")
            && !line.startsWith("| DELETE")
            && !line.startsWith("| PATCH")) {
          continue;
        }
        var cells =
            List.of(line.substring(1, line.lastIndexOf('|')).split("\\|")).stream()
                .map(String::trim)
                .toList();
        rows.put(cells.get(0), cells.subList(1, cells.size()));
      }
      return rows;
    }
  }

  /** "METHOD /base/path" for every resource method of both applications. */
  static Set<String> endpoints() {
    var endpoints = new TreeSet<String>();
    ApiApplication.RESOURCES.forEach(type -> collect("/api", type, endpoints));
    FhirApplication.RESOURCES.forEach(type -> collect("/fhir", type, endpoints));
    return endpoints;
  }

  private static void collect(String base, Class<?> resource, Set<String> into) {
    var root = resource.getAnnotation(Path.class).value();
    for (var method : resource.getDeclaredMethods()) {
      var verb = verb(method.getAnnotations());
      if (verb == null) {
        continue;
      }
      var sub = method.getAnnotation(Path.class);
      var path = base + "/" + root + (sub == null ? "" : "/" + sub.value());
      into.add(
          verb
              + " "
              + path.replaceAll("\\{[a-z]+: \\\\\\$([a-z-]+)}", "\\$$1")
                  .replaceAll("\\{([a-z]+): [^}]+}", "{$1}")
                  .replace("//", "/"));
    }
  }

  private static String verb(Annotation[] annotations) {
    for (var a : annotations) {
      var type = a.annotationType();
      if (type == GET.class
          || type == POST.class
          || type == PUT.class
          || type == DELETE.class
          || type == PATCH.class) {
        return type.getSimpleName();
      }
    }
    return null;
  }
}
