package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures;
import care.dyad.e2e.support.Tokens;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Another centre's records answer 404 on every endpoint that names one, reads and writes. */
class CentreIsolationIT extends EndToEnd {

  @Test
  void aSouthClinicianFindsNothingOfTheNorth() {
    var referral = fixtures.referral("north", "northwind");
    var episode = fixtures.treatedEpisode("north", "northwind");
    var assessment = fixtures.baseline(episode, "clara");
    var session = fixtures.session(episode, "clara");
    var r = "/api/referrals/" + referral;
    var e = "/api/episodes/" + episode;
    String[][] requests = {
      {"GET", r, null},
      {"POST", r + "/acceptance", "{}"},
      {"POST", r + "/decline", "{\"reason\": \"x\"}"},
      {"POST", r + "/redirection", "{\"destination\": \"social-care\", \"reason\": \"x\"}"},
      {"POST", r + "/consents/treatment/withdrawal", "{}"},
      {"GET", e, null},
      {"POST", e + "/transitions", "{\"to\": \"assessing\", \"reason\": \"x\"}"},
      {"POST", e + "/diagnoses", "{\"code\": \"6B45\", \"verification\": \"confirmed\"}"},
      {
        "POST",
        e + "/developmental-assessments",
        "{\"tool\": \"x\", \"finding\": \"concern-to-monitor\", \"performedOn\": \"2026-01-01\"}"
      },
      {"PUT", e + "/care-plan", "{\"programmeCode\": \"abc\", \"acknowledgeAgeWarning\": true}"},
      {"POST", e + "/dose-extensions", "{\"sessions\": 1, \"justification\": \"x\"}"},
      {"GET", e + "/history", null},
      {"GET", e + "/outcomes", null},
      {"GET", e + "/assessments", null},
      {
        "POST",
        e + "/assessments",
        "{\"instrumentCode\": \"rpq\", \"timePoint\": \"mid\", \"score\": 3}"
      },
      {
        "POST",
        e + "/assessments/" + assessment + "/amendments",
        "{\"score\": 3, \"reason\": \"x\"}"
      },
      {"GET", e + "/sessions", null},
      {"POST", e + "/sessions", Fixtures.sessionJson("carl")},
      {"POST", "/api/sessions/" + session + "/outcome", "{\"outcome\": \"did-not-attend\"}"},
    };
    var leaks = new ArrayList<String>();
    for (var request : requests) {
      var reply =
          http.send(
              request[0],
              request[1],
              Tokens.of("carl"),
              request[2] == null ? null : "application/json",
              request[2]);
      if (reply.status() != 404) {
        leaks.add(reply.toString());
      }
    }
    assertTrue(leaks.isEmpty(), () -> String.join("\n", leaks));
    assertTrue(!http.get("/api/episodes", Tokens.of("carl")).body().contains(episode));
    assertTrue(
        !http.get("/api/referrals/waiting-list", Tokens.of("sue")).body().contains(referral));
  }
}
