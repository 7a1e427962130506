package care.dyad.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Kills the WildFly that Arquillian started (SIGKILL: no shutdown, transactions cut mid-way) and
 * starts it again with the very same command line and environment. The EAR is deployed again from
 * the server's own configuration; Arquillian later stops the new process through the management
 * port as it would have stopped the old one.
 */
public final class ServerRestart {

  private ServerRestart() {}

  public static void killAndRestart(String appProbeUrl) throws Exception {
    var wildfly =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().commandLine().orElse("").contains("jboss-modules"))
            .filter(p -> p.info().commandLine().orElse("").contains("port-offset=20"))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("The test WildFly is not a child of this JVM"));
    var command = new ArrayList<String>();
    command.add(wildfly.info().command().orElseThrow());
    command.addAll(java.util.List.of(wildfly.info().arguments().orElseThrow()));
    wildfly.destroyForcibly();
    wildfly.onExit().get(30, TimeUnit.SECONDS);

    var log = Path.of("target/restarted-wildfly.log").toFile();
    var restarted =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    Runtime.getRuntime().addShutdownHook(new Thread(restarted::destroyForcibly));
    var deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (!answers(appProbeUrl)) {
      if (!restarted.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("WildFly did not come back; see " + log);
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
  }

  private static boolean answers(String url) {
    try {
      return HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
