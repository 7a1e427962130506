package care.dyad.export.control;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pushes queued deliveries to payers' endpoints every two seconds: POST of the transaction Bundle
 * to the endpoint's base URL. The queue lives in the database, so whatever was committed before a
 * crash or restart is delivered after it; the Bundle's identifier and conditional creates make a
 * repeated delivery harmless.
 */
@Singleton
public class DeliveryCourier {

  private static final int BATCH = 20;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicBoolean running = new AtomicBoolean();

  @Inject DeliveryClaims claims;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  @Lock(LockType.READ)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void deliverDue() {
    if (!running.compareAndSet(false, true)) {
      return; // the previous round is still sending
    }
    try {
      // One claim per send, so a lease never has to cover a whole batch of slow endpoints.
      for (int i = 0; i < BATCH; i++) {
        var due = claims.claimDue(1);
        if (due.isEmpty()) {
          return;
        }
        send(due.get(0));
      }
    } finally {
      running.set(false);
    }
  }

  private void send(DeliveryClaims.Claimed delivery) {
    var uri = URI.create(delivery.url());
    try {
      // Looked up here, not when the payer registered: a name can be repointed at any time.
      if (EndpointAddresses.resolvesToRefused(uri.getHost())) {
        claims.record(
            delivery.id(),
            null,
            "The endpoint's name points to a link-local, wildcard or multicast address; nothing"
                + " was sent.");
        return;
      }
      if ("http".equals(uri.getScheme()) && !EndpointAddresses.resolvesOnlyToLocal(uri.getHost())) {
        claims.record(
            delivery.id(),
            null,
            "The endpoint is plain http and its name points outside a private network; nothing"
                + " was sent (register an https endpoint).");
        return;
      }
    } catch (UnknownHostException e) {
      claims.record(delivery.id(), null, "The endpoint's name does not resolve; nothing was sent.");
      return;
    }
    var request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/fhir+json")
            .header("Accept", "application/fhir+json")
            .POST(
                HttpRequest.BodyPublishers.ofString(delivery.bundleJson(), StandardCharsets.UTF_8));
    if (delivery.authorization() != null) {
      request.header("Authorization", delivery.authorization());
    }
    try {
      var response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
      claims.record(delivery.id(), response.statusCode(), null);
    } catch (IOException | IllegalArgumentException e) {
      claims.record(
          delivery.id(),
          null,
          "The endpoint could not be reached (" + e.getClass().getSimpleName() + ").");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
