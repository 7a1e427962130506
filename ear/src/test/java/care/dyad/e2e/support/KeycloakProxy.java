package care.dyad.e2e.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Stands between WildFly and Keycloak's Admin API (WildFly is started with {@code
 * KEYCLOAK_ADMIN_URL} pointing here), so a test can take Keycloak away as the application sees it:
 * entirely, or right after Keycloak has carried out one particular request but before its answer
 * gets back, as when Keycloak stops mid-request. Token validation of API calls does not go through
 * here. One request per connection (it forces {@code Connection: close}), which keeps the proxy
 * small and lets it see every request line.
 */
public final class KeycloakProxy {

  public static final int PORT = 8181;

  private static volatile KeycloakProxy running;

  private final ServerSocket server;
  private final int target;
  private volatile boolean down;
  private volatile String stopAfter;

  private KeycloakProxy(int port, int target) throws IOException {
    this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    this.target = target;
    var acceptor = new Thread(this::accept, "keycloak-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts the proxy once per test JVM. */
  static synchronized void start(int target) {
    if (running == null) {
      try {
        running = new KeycloakProxy(PORT, target);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot listen on " + PORT + " for the Keycloak proxy", e);
      }
    }
  }

  public static KeycloakProxy get() {
    if (running == null) {
      throw new IllegalStateException("The Keycloak proxy was not started (TestServers)");
    }
    return running;
  }

  /** Keycloak is there again. */
  public void pass() {
    stopAfter = null;
    down = false;
  }

  /** Keycloak is gone: every connection is closed at once. */
  public void down() {
    down = true;
  }

  /**
   * The next request whose request line starts with {@code requestLinePrefix} (e.g. {@code POST
   * /admin/realms/dyadcare/users}) reaches Keycloak, but its answer is lost and Keycloak is gone
   * from then on.
   */
  public void stopAfter(String requestLinePrefix) {
    stopAfter = requestLinePrefix;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        var client = server.accept();
        var worker = new Thread(() -> serve(client), "keycloak-proxy-conn");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      if (down) {
        return;
      }
      var in = client.getInputStream();
      var head = readHead(in);
      if (head == null) {
        return;
      }
      var body = in.readNBytes(contentLength(head));
      var requestLine = head.substring(0, head.indexOf("\r\n"));
      var trigger = stopAfter;
      boolean lastOne = trigger != null && requestLine.startsWith(trigger);
      try (var keycloak = new Socket(InetAddress.getLoopbackAddress(), target)) {
        var out = keycloak.getOutputStream();
        out.write(withConnectionClose(head).getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        var fromKeycloak = keycloak.getInputStream();
        var responseHead = readHead(fromKeycloak);
        if (lastOne) {
          down = true;
          return;
        }
        if (responseHead == null) {
          return;
        }
        var toClient = client.getOutputStream();
        toClient.write(withConnectionClose(responseHead).getBytes(StandardCharsets.ISO_8859_1));
        fromKeycloak.transferTo(toClient);
        toClient.flush();
      }
    } catch (IOException e) {
      // The client sees a broken connection, as it would with Keycloak gone.
    }
  }

  /** Reads up to and including the blank line; null at end of stream. */
  private static String readHead(InputStream in) throws IOException {
    var bytes = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while ((b = in.read()) != -1) {
      bytes.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        return bytes.toString(StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  private static int contentLength(String head) {
    for (var line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring(15).trim());
      }
    }
    return 0;
  }

  private static String withConnectionClose(String head) {
    var lines = head.substring(0, head.length() - 4).split("\r\n");
    var rebuilt = new StringBuilder();
    for (var line : lines) {
      var lower = line.toLowerCase(Locale.ROOT);
      if (!lower.startsWith("connection:") && !lower.startsWith("keep-alive:")) {
        rebuilt.append(line).append("\r\n");
      }
    }
    return rebuilt.append("Connection: close\r\n\r\n").toString();
  }
}
