package care.dyad.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any end-to-end test: recreates the test database (so migrations run from scratch) and
 * starts the real Keycloak from the distribution the build unpacked, with the realm file freshly
 * imported. After the last test: stops Keycloak. WildFly itself is started by Arquillian.
 */
public class TestServers implements LauncherSessionListener {

  public static final String KEYCLOAK_URL = "http://localhost:8180";
  private static final String REALM_PROBE =
      KEYCLOAK_URL + "/realms/dyadcare/.well-known/openid-configuration";

  private Process keycloak;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("dyadcare.it")) {
      return;
    }
    recreateDatabase();
    KeycloakProxy.start(8180);
    if (answers(REALM_PROBE)) {
      System.out.println("[e2e] Keycloak already running on 8180; reusing it.");
      return;
    }
    keycloak = startKeycloak();
    // Also when the test JVM is stopped early, Keycloak must not outlive it.
    var started = keycloak;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopIfAlive(started)));
  }

  private static void stopIfAlive(Process process) {
    if (process.isAlive()) {
      stop(process);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (keycloak != null) {
      stopIfAlive(keycloak);
    }
  }

  private static void recreateDatabase() {
    var user = System.getProperty("it.db.user");
    var password = System.getProperty("it.db.password");
    try (var admin =
            DriverManager.getConnection(System.getProperty("it.db.admin-url"), user, password);
        var statement = admin.createStatement()) {
      statement.execute("drop database if exists dyadcare_it with (force)");
      statement.execute("create database dyadcare_it");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is needed for the end-to-end tests (see README, 'Running the tests'): "
              + e.getMessage(),
          e);
    }
  }

  private static Process startKeycloak() {
    var home = Path.of(System.getProperty("keycloak.home"));
    try {
      // A fresh realm import on every run, so tests always see the realm file in the repo.
      deleteRecursively(home.resolve("data/h2"));
      deleteRecursively(home.resolve("data/transaction-logs"));
      var log = Path.of("target/keycloak.log");
      // setsid: Keycloak gets its own process group, so stopping it stops its java child too.
      var builder =
          new ProcessBuilder(
              "setsid",
              home.resolve("bin/kc.sh").toString(),
              "start-dev",
              "--http-port=8180",
              "--hostname=" + KEYCLOAK_URL,
              "--import-realm");
      builder.environment().remove("JAVA_OPTS");
      var process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
      var deadline = Instant.now().plus(Duration.ofMinutes(4));
      while (!answers(REALM_PROBE)) {
        if (!process.isAlive() || Instant.now().isAfter(deadline)) {
          stop(process);
          throw new IllegalStateException("Keycloak did not start; see " + log.toAbsolutePath());
        }
        TimeUnit.MILLISECONDS.sleep(500);
      }
      System.out.println("[e2e] Keycloak started on 8180.");
      return process;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start Keycloak from " + home, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops Keycloak's whole process group (kc.sh and its java) and waits for it. */
  private static void stop(Process process) {
    var group = "-" + process.pid();
    try {
      new ProcessBuilder("kill", "-TERM", "--", group).start().waitFor();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        new ProcessBuilder("kill", "-KILL", "--", group).start().waitFor();
      }
      // kc.sh exits before its java child on some starts; give the group time to go.
      var deadline = Instant.now().plusSeconds(30);
      while (answers(REALM_PROBE) && Instant.now().isBefore(deadline)) {
        TimeUnit.MILLISECONDS.sleep(200);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static boolean answers(String url) {
    try {
      var response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
