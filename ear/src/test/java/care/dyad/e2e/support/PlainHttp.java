package care.dyad.e2e.support;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * HTTP/1.1 over a plain keep-alive socket per thread, answering only the status: for tests that
 * time many concurrent requests on these two shared cores, where the JDK's HttpClient spent more
 * CPU per request than the server's refusal did, and so measured the client.
 */
public final class PlainHttp implements AutoCloseable {

  private record Connection(Socket socket, InputStream in, OutputStream out) {}

  private final URL base;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();
  private final Queue<Socket> opened = new ConcurrentLinkedQueue<>();

  public PlainHttp(URL base) {
    this.base = base;
  }

  /** POSTs JSON and reads the whole answer; returns its status. */
  public int post(String path, String token, String json) {
    return send("POST", path, token, json);
  }

  /** GETs and reads the whole answer; returns its status. */
  public int get(String path, String token) {
    return send("GET", path, token, null);
  }

  private int send(String method, String path, String token, String json) {
    try {
      var connection = connection();
      var body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
      var head =
          method
              + " "
              + base.getPath().replaceAll("/$", "")
              + path
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + "\r\nAuthorization: Bearer "
              + token
              + (json == null
                  ? ""
                  : "\r\nContent-Type: application/json\r\nContent-Length: " + body.length)
              + "\r\n\r\n";
      connection.out().write(head.getBytes(StandardCharsets.US_ASCII));
      connection.out().write(body);
      connection.out().flush();
      return readStatusAndSkipBody(connection.in());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Connection connection() throws IOException {
    var connection = connections.get();
    if (connection == null) {
      var socket = new Socket(base.getHost(), base.getPort());
      socket.setTcpNoDelay(true);
      opened.add(socket);
      connection =
          new Connection(
              socket,
              new BufferedInputStream(socket.getInputStream()),
              new BufferedOutputStream(socket.getOutputStream()));
      connections.set(connection);
    }
    return connection;
  }

  private static int readStatusAndSkipBody(InputStream in) throws IOException {
    var status = Integer.parseInt(line(in).substring(9, 12));
    var length = 0;
    var chunked = false;
    for (var header = line(in); !header.isEmpty(); header = line(in)) {
      var colon = header.indexOf(':');
      var name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      var value = header.substring(colon + 1).trim();
      if (name.equals("content-length")) {
        length = Integer.parseInt(value);
      } else if (name.equals("transfer-encoding")) {
        chunked = value.equalsIgnoreCase("chunked");
      }
    }
    if (chunked) {
      for (var size = Integer.parseInt(line(in), 16);
          size > 0;
          size = Integer.parseInt(line(in), 16)) {
        in.skipNBytes(size);
        line(in);
      }
      line(in);
    } else {
      in.skipNBytes(length);
    }
    return status;
  }

  private static String line(InputStream in) throws IOException {
    var line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c == -1) {
        throw new EOFException("The server closed the connection.");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    for (var socket : opened) {
      socket.close();
    }
  }
}
