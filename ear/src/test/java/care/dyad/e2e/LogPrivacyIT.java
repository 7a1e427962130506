package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures;
import care.dyad.e2e.support.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Clinical data never reaches the server log, not even when requests fail in every known way. */
class LogPrivacyIT extends EndToEnd {

  @Test
  void failingRequestsLeaveNoClinicalDataInTheServerLog() throws Exception {
    var marker = "Zebedee" + System.nanoTime();
    var json =
        Fixtures.referralJson("north", "northwind")
            .replace("\"Robin\"", "\"" + marker + "\"")
            .replace("Difficulty being comforted; withdrawn.", marker + " reason");
    // A commit-time unique violation (same new child registered twice at once)...
    var racers =
        List.of(
            CompletableFuture.supplyAsync(
                () -> http.post("/api/referrals", Tokens.of("sam"), json)),
            CompletableFuture.supplyAsync(
                () -> http.post("/api/referrals", Tokens.of("clara"), json)),
            CompletableFuture.supplyAsync(
                () -> http.post("/api/referrals", Tokens.of("nina"), json)));
    for (var racer : racers) {
      racer.get();
    }
    // ...a clash with a known child, malformed values, and an unknown code.
    http.post("/api/referrals", Tokens.of("sam"), json.replace(marker + "\"", marker + "X\""));
    http.post(
        "/api/referrals",
        Tokens.of("sam"),
        json.replace("\"birthDate\": \"", "\"birthDate\": \"" + marker));
    http.post("/api/referrals", Tokens.of("sam"), json.replace("\"mother\"", "\"" + marker + "\""));

    var log = Path.of(System.getProperty("e2e.server.base"), "log", "server.log");
    var text = Files.readString(log);
    assertFalse(text.contains(marker), "the server log holds clinical data: " + marker);
  }
}
