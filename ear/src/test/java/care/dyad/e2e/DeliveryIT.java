package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.Database;
import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures.PayerClient;
import care.dyad.e2e.support.Http.Reply;
import care.dyad.e2e.support.PayerReceiver;
import care.dyad.e2e.support.ServerRestart;
import care.dyad.e2e.support.Tokens;
import care.dyad.fhir.Fhir;
import care.dyad.fhir.FhirValidation;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pushed delivery: outbox, retries, idempotent transactions, restart, consent withdrawn. */
class DeliveryIT extends EndToEnd {

  private PayerReceiver receiver;

  @BeforeEach
  void payerServer() {
    receiver = new PayerReceiver(8199);
  }

  @AfterEach
  void payerServerGone() {
    receiver.close();
  }

  private PayerClient subscribedPayer() {
    var payer = fixtures.payerPartner();
    var subscription =
        """
        {"resourceType": "Subscription", "status": "requested", "reason": "outcomes",
         "criteria": "EpisodeOfCare?",
         "channel": {"type": "rest-hook", "endpoint": "%s",
                     "payload": "application/fhir+json; fhirVersion=4.0",
                     "header": ["Authorization: Bearer payer-side-token"]}}
        """
            .formatted(receiver.url());
    var reply = subscribe(payer.token(), subscription);
    assertEquals(201, reply.status(), reply::toString);
    assertEquals("active", reply.json().getString("status"));
    return payer;
  }

  /** Registers a Subscription as the payer, sent as FHIR JSON. */
  private Reply subscribe(String token, String json) {
    return http.send("POST", "/fhir/Subscription", token, "application/fhir+json", json);
  }

  private static void await(String what, Duration limit, BooleanSupplier done) throws Exception {
    var deadline = Instant.now().plus(limit);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(250);
    }
  }

  private JsonObject deliveryOf(String episode) {
    return http.get("/api/admin/deliveries", Tokens.of("ada")).jsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(d -> d.getString("episodeId").equals(episode))
        .findFirst()
        .orElse(null);
  }

  private Set<String> deliveryIdsOf(String payerId) {
    return new HashSet<>(
        Database.column(
            "select cast(id as varchar) from payer_delivery where payer_id = '" + payerId + "'"));
  }

  private Set<String> receivedIdentifiers() {
    var ids = new HashSet<String>();
    for (var received : receiver.accepted()) {
      ids.add(Fhir.parse(Bundle.class, received.body()).getIdentifier().getValue());
    }
    return ids;
  }

  @Test
  void baselineIsPushedAsAValidIdempotentTransactionAfterARetry() throws Exception {
    receiver.failNext(1);
    var payer = subscribedPayer();
    var episode = fixtures.episode("north", payer.payerId());
    fixtures.baseline(episode, "clara");

    await("the delivery", Duration.ofSeconds(45), () -> !receiver.accepted().isEmpty());
    var received = receiver.accepted().get(0);
    assertEquals("Bearer payer-side-token", received.authorization());
    var bundle = Fhir.parse(Bundle.class, received.body());
    FhirValidation.assertValid(bundle);
    assertEquals(Bundle.BundleType.TRANSACTION, bundle.getType());
    assertTrue(bundle.getIdentifier().getValue().startsWith("delivery-"));
    assertTrue(
        bundle.getEntry().stream()
            .filter(e -> e.getResource().fhirType().equals("Patient"))
            .allMatch(e -> e.getRequest().getIfNoneExist().startsWith("identifier=")),
        "conditional creates on business identifiers");
    assertTrue(received.body().contains(episode));
    assertFalse(received.body().contains("Robin"), "no names leave the centre");

    await(
        "the status",
        Duration.ofSeconds(10),
        () -> {
          var d = deliveryOf(episode);
          return d != null && "delivered".equals(d.getString("status"));
        });
    var delivery = deliveryOf(episode);
    assertEquals("baseline-recorded", delivery.getString("event"));
    assertEquals(2, delivery.getInt("attempts"), "one failure, then delivered: " + delivery);
    var disclosed =
        Database.column(
            "select centre_id from audit_event where action = 'export.disclosed'"
                + " and episode_id = '"
                + episode
                + "' and payer_id = '"
                + payer.payerId()
                + "'");
    assertEquals(List.of("north"), disclosed, "the delivery is on the trail of the centre");
  }

  @Test
  void everyCommittedEventArrivesAfterTheServerIsKilledMidDelivery() throws Exception {
    var payer = subscribedPayer();
    receiver.hang();
    var first = fixtures.episode("north", payer.payerId());
    fixtures.baseline(first, "clara");
    var second = fixtures.episode("north", payer.payerId());
    fixtures.baseline(second, "clara");
    var queued = deliveryIdsOf(payer.payerId());
    assertEquals(2, queued.size(), "both events queued with their transactions");
    Thread.sleep(3000); // the courier has claimed them: one is in flight, held by the payer

    ServerRestart.killAndRestart(deploymentUrl + "fhir/metadata");
    receiver.release();

    await(
        "every committed delivery after the restart",
        Duration.ofSeconds(120),
        () -> {
          var arrived = receivedIdentifiers();
          return queued.stream().allMatch(id -> arrived.contains("delivery-" + id));
        });
    assertEquals(queued, deliveryIdsOf(payer.payerId()), "nothing queued twice");
  }

  @Test
  void deliveryQueuedBeforeConsentWasWithdrawnIsWithheld() throws Exception {
    var payer = subscribedPayer();
    receiver.stop();
    var episode = fixtures.episode("north", payer.payerId());
    fixtures.baseline(episode, "clara");
    fixtures.withdrawOutcomeSharing(episode);
    receiver.start();

    await(
        "the delivery to be withheld",
        Duration.ofSeconds(45),
        () -> {
          var d = deliveryOf(episode);
          return d != null && "withheld".equals(d.getString("status"));
        });
    assertTrue(receiver.accepted().isEmpty(), "nothing reached the payer");
    assertFalse(
        Database.column("select action from audit_event where action = 'export.delivery-withheld'")
            .isEmpty(),
        "the refusal is audited");
  }

  @Test
  void badSubscriptionsAreRefused() {
    var payer = fixtures.payerPartner();
    var email =
        subscribe(
            payer.token(),
            "{\"resourceType\": \"Subscription\", \"status\": \"requested\", \"reason\": \"x\","
                + " \"criteria\": \"EpisodeOfCare?\", \"channel\": {\"type\": \"email\", \"endpoint\": \"mailto:a@b\"}}");
    assertEquals(400, email.status(), email::toString);
    var notFhir = subscribe(payer.token(), "[1]");
    assertEquals(400, notFhir.status(), notFhir::toString);
    var restHook =
        "{\"resourceType\": \"Subscription\", \"status\": \"requested\", \"reason\": \"x\","
            + " \"criteria\": \"%s\", \"channel\": {\"type\": \"rest-hook\", \"endpoint\": \"%s\","
            + " \"payload\": \"%s\"}}";
    for (var refused :
        new String[][] {
          {
            "Patient?name=x",
            "https://payer.example/fhir",
            "application/fhir+json",
            "criteria must be"
          },
          {
            "EpisodeOfCare?",
            "https://payer.example/fhir",
            "application/fhir+xml",
            "channel.payload"
          },
          {
            "EpisodeOfCare?", "http://169.254.169.254/latest", "application/fhir+json", "link-local"
          },
          {"EpisodeOfCare?", "http://[fe80::1]/fhir", "application/fhir+json", "link-local"},
          {"EpisodeOfCare?", "http://0.0.0.0/fhir", "application/fhir+json", "link-local"},
          {
            "EpisodeOfCare?", "http://payer.example/fhir", "application/fhir+json", "must use https"
          },
          {"EpisodeOfCare?", "http://93.184.216.34/fhir", "application/fhir+json", "must use https"}
        }) {
      var reply = subscribe(payer.token(), restHook.formatted(refused[0], refused[1], refused[2]));
      assertEquals(400, reply.status(), reply::toString);
      assertTrue(reply.body().contains(refused[3]), reply::toString);
    }
    var headerWithLineBreak =
        subscribe(
            payer.token(),
            "{\"resourceType\": \"Subscription\", \"status\": \"requested\", \"reason\": \"x\","
                + " \"criteria\": \"EpisodeOfCare?\", \"channel\": {\"type\": \"rest-hook\","
                + " \"endpoint\": \"https://payer.example/fhir\","
                + " \"header\": [\"Authorization: Bearer a\\r\\nX-Other: b\"]}}");
    assertEquals(400, headerWithLineBreak.status(), headerWithLineBreak::toString);
    assertTrue(
        headerWithLineBreak.body().contains("control characters"), headerWithLineBreak::toString);
    var search = http.get("/fhir/Subscription", payer.token());
    assertEquals(0, search.json().getInt("total"));
  }
}
