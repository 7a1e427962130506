package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.Database;
import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures.PayerClient;
import care.dyad.e2e.support.Http.Reply;
import care.dyad.e2e.support.Tokens;
import care.dyad.fhir.CapabilityStatements;
import care.dyad.fhir.Fhir;
import care.dyad.fhir.FhirValidation;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** FHIR Bulk Data export: async kick-off, polling, NDJSON files, only the caller's data. */
class BulkExportIT extends EndToEnd {

  private Reply kickOff(String path, String token) {
    return http.send("GET", path, token, null, null, Map.of("Prefer", "respond-async"));
  }

  /** Polls the status URL until the manifest is there. */
  private JsonObject manifest(String statusUrl, String token) throws InterruptedException {
    var deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      var reply = http.get(statusUrl, token);
      if (reply.status() == 200) {
        assertNotNull(reply.header("Expires"), "completed exports say when their files expire");
        return reply.json();
      }
      assertEquals(202, reply.status(), reply::toString);
      assertNotNull(reply.header("X-Progress"));
      Thread.sleep(300);
    }
    throw new AssertionError("export did not complete: " + statusUrl);
  }

  private static String path(String absoluteUrl) {
    return absoluteUrl.substring(absoluteUrl.indexOf("/fhir/"));
  }

  /** Every file of the manifest, downloaded, each line validated: type → NDJSON text. */
  private Map<String, String> download(JsonObject manifest, String token) {
    var files = new HashMap<String, String>();
    for (var value : manifest.getJsonArray("output")) {
      var output = value.asJsonObject();
      var reply =
          http.send(
              "GET",
              path(output.getString("url")),
              token,
              null,
              null,
              Map.of("Accept", "application/fhir+ndjson"));
      assertEquals(200, reply.status(), reply::toString);
      assertTrue(reply.header("Content-Type").startsWith("application/fhir+ndjson"));
      var lines = reply.body().lines().toList();
      assertEquals(output.getInt("count"), lines.size(), output.getString("type"));
      for (var line : lines) {
        var resource = (Resource) Fhir.context().newJsonParser().parseResource(line);
        assertEquals(output.getString("type"), resource.fhirType());
        FhirValidation.assertValid(resource);
      }
      files.put(output.getString("type"), reply.body());
    }
    return files;
  }

  @Test
  void groupExportHoldsExactlyThePayersConsentedMembersAsValidNdjson() throws Exception {
    var payer = fixtures.payerPartner();
    var treated = fixtures.treatedEpisode("north", payer.payerId());
    fixtures.baseline(treated, "clara");
    fixtures.attended(fixtures.pastSession(treated, "clara"), "clara");
    var withdrawn = fixtures.episode("north", payer.payerId());
    fixtures.withdrawOutcomeSharing(withdrawn);
    var otherPayers = fixtures.episode("north", "northwind");

    var kickOff = kickOff("/fhir/Group/" + payer.payerId() + "/$export", payer.token());
    assertEquals(202, kickOff.status(), kickOff::toString);
    var status = path(kickOff.header("Content-Location"));
    var manifest = manifest(status, payer.token());
    assertTrue(manifest.getBoolean("requiresAccessToken"));
    var files = download(manifest, payer.token());

    for (var type : CapabilityStatements.READABLE) {
      assertTrue(files.containsKey(type.name()), "the export has " + type + ": " + files.keySet());
    }
    var everything = String.join("\n", files.values());
    assertTrue(files.get("EpisodeOfCare").contains(treated));
    assertFalse(everything.contains(withdrawn), "withdrawn consent: nothing of that episode");
    assertFalse(everything.contains(otherPayers), "nothing of another payer's members");
    assertFalse(everything.contains("northwind"), "nothing of another payer at all");
    for (var text : new String[] {"Robin", "Alex", "withdrawn", "clara"}) {
      assertFalse(everything.contains(text), "bulk files must not contain '" + text + "'");
    }
    assertEquals(1, files.get("EpisodeOfCare").lines().count());
    var disclosed =
        Database.column(
            "select centre_id from audit_event where action = 'export.disclosed'"
                + " and episode_id = '"
                + treated
                + "' and payer_id = '"
                + payer.payerId()
                + "'");
    assertEquals(List.of("north"), disclosed, "the export is on the trail of the episode's centre");

    var foreign = http.get(status, Tokens.payer("northwind"));
    assertEquals(404, foreign.status(), "another payer cannot see the export: " + foreign);
    var url = manifest.getJsonArray("output").getJsonObject(0).getString("url");
    var foreignFile =
        http.send(
            "GET",
            path(url),
            Tokens.payer("northwind"),
            null,
            null,
            Map.of("Accept", "application/fhir+ndjson"));
    assertEquals(404, foreignFile.status(), foreignFile::toString);

    // Nor by climbing out of its own job's folder to another payer's finished export.
    var northwind = Tokens.payer("northwind");
    var theirs = path(kickOff("/fhir/$export?_type=Patient", northwind).header("Content-Location"));
    manifest(theirs, northwind);
    var theirJob = theirs.substring(theirs.lastIndexOf('/') + 1);
    var ownJob = status.substring(status.lastIndexOf('/') + 1);
    var climbing =
        http.send(
            "GET",
            "/fhir/bulk-files/" + ownJob + "/..%2F" + theirJob + "%2FPatient.ndjson",
            payer.token(),
            null,
            null,
            Map.of("Accept", "application/fhir+ndjson"));
    assertEquals(404, climbing.status(), climbing::toString);
  }

  @Test
  void typeAndSinceNarrowTheExport() throws Exception {
    var payer = fixtures.payerPartner();
    var episode = fixtures.episode("north", payer.payerId());
    fixtures.baseline(episode, "clara");

    var typed = kickOff("/fhir/$export?_type=Patient,Observation", payer.token());
    assertEquals(202, typed.status(), typed::toString);
    var manifest = manifest(path(typed.header("Content-Location")), payer.token());
    var types =
        manifest.getJsonArray("output").stream()
            .map(v -> v.asJsonObject().getString("type"))
            .toList();
    assertEquals(java.util.List.of("Patient", "Observation"), types);

    var future = kickOff("/fhir/$export?_since=2999-01-01T00:00:00Z", payer.token());
    assertEquals(202, future.status(), future::toString);
    var empty = manifest(path(future.header("Content-Location")), payer.token());
    assertTrue(
        empty.getJsonArray("output").stream()
            .noneMatch(v -> "Patient".equals(v.asJsonObject().getString("type"))),
        "nothing changed since then: " + empty);
  }

  @Test
  void badKickOffsAreRefusedWithAnOperationOutcome() {
    PayerClient payer = fixtures.payerPartner();
    var noPrefer = http.get("/fhir/$export", payer.token());
    assertEquals(400, noPrefer.status(), noPrefer::toString);
    assertTrue(
        noPrefer.body().contains("OperationOutcome") && noPrefer.body().contains("respond-async"));
    var badType = kickOff("/fhir/$export?_type=Patient,Practitioner", payer.token());
    assertEquals(400, badType.status(), badType::toString);
    assertTrue(badType.body().contains("Practitioner"), badType::toString);
    var badSince = kickOff("/fhir/$export?_since=yesterday", payer.token());
    assertEquals(400, badSince.status(), badSince::toString);
    var badFormat = kickOff("/fhir/$export?_outputFormat=text/csv", payer.token());
    assertEquals(400, badFormat.status(), badFormat::toString);
    var typeFilter = kickOff("/fhir/$export?_typeFilter=Patient%3Fname%3Dx", payer.token());
    assertEquals(400, typeFilter.status(), typeFilter::toString);
    assertTrue(typeFilter.body().contains("_typeFilter is not supported"), typeFilter::toString);
    var lenient =
        http.send(
            "GET",
            "/fhir/$export?_typeFilter=Patient%3Fname%3Dx",
            payer.token(),
            null,
            null,
            Map.of("Prefer", "respond-async, handling=lenient"));
    assertEquals(202, lenient.status(), lenient::toString);
    var otherGroup = kickOff("/fhir/Group/northwind/$export", payer.token());
    assertEquals(404, otherGroup.status(), otherGroup::toString);
    var longAddress = kickOff("/fhir/$export?pad=" + "a".repeat(2100), payer.token());
    assertEquals(400, longAddress.status(), longAddress::toString);
    assertTrue(longAddress.body().contains("2,000 characters"), longAddress::toString);
    var clinician = kickOff("/fhir/$export", Tokens.of("clara"));
    assertEquals(403, clinician.status(), clinician::toString);
  }

  @Test
  void deletedExportIsGone() throws Exception {
    var payer = fixtures.payerPartner();
    fixtures.episode("north", payer.payerId());
    var kickOff = kickOff("/fhir/$export", payer.token());
    var status = path(kickOff.header("Content-Location"));
    manifest(status, payer.token());
    assertEquals(202, http.send("DELETE", status, payer.token(), null, null).status());
    assertEquals(404, http.get(status, payer.token()).status());
  }
}
