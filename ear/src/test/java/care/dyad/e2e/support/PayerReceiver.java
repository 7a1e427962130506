package care.dyad.e2e.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payer's FHIR server as far as pushed delivery needs one: it records every Bundle POSTed to it
 * and can fail, hang, or be away, so tests can see retries and restarts from the payer's side.
 */
public final class PayerReceiver implements AutoCloseable {

  /** One received request. */
  public record Received(String body, String authorization) {}

  private final int port;
  // Each receiver has a path of its own: deliveries still retried for an earlier test's payer
  // reach the same port but not this receiver's counts.
  private final String path = "/" + java.util.UUID.randomUUID() + "/fhir";
  private final List<Received> accepted = new CopyOnWriteArrayList<>();
  private final AtomicInteger failNext = new AtomicInteger();
  private volatile CountDownLatch hold = new CountDownLatch(0);
  private HttpServer server;

  public PayerReceiver(int port) {
    this.port = port;
    start();
  }

  /** The base URL to register as the endpoint. */
  public String url() {
    return "http://127.0.0.1:" + port + path;
  }

  public synchronized void start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot listen on " + port, e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  /** Away: connections are refused. */
  public synchronized void stop() {
    server.stop(0);
  }

  /** The next n deliveries are answered 500. */
  public void failNext(int n) {
    failNext.set(n);
  }

  /** Requests are held (the delivery is in flight) until {@link #release()}. */
  public void hang() {
    hold = new CountDownLatch(1);
  }

  public void release() {
    hold.countDown();
  }

  /** Bundles answered 200, in arrival order (repeats included). */
  public List<Received> accepted() {
    return List.copyOf(accepted);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (!exchange.getRequestURI().getPath().startsWith(path)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (!hold.await(120, TimeUnit.SECONDS)) {
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        exchange.sendResponseHeaders(500, -1);
        return;
      }
      accepted.add(new Received(body, exchange.getRequestHeaders().getFirst("Authorization")));
      var answer =
          "{\"resourceType\":\"Bundle\",\"type\":\"transaction-response\"}"
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    release();
    stop();
  }
}
