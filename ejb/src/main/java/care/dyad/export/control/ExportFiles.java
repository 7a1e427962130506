package care.dyad.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The NDJSON files of bulk exports: one folder per job under the server's data directory, one file
 * per resource type, appended page by page so memory never holds more than one page.
 */
@ApplicationScoped
public class ExportFiles {

  private final Path root =
      Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")))
          .resolve("dyadcare-exports");

  /** Opens the type's file of the job for appending. */
  public BufferedWriter appender(UUID job, String resourceType) {
    try {
      var dir = Files.createDirectories(root.resolve(job.toString()));
      return Files.newBufferedWriter(
          dir.resolve(resourceType + ".ndjson"),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The type's file, if the job wrote one. */
  public Path file(UUID job, String resourceType) {
    return root.resolve(job.toString()).resolve(resourceType + ".ndjson");
  }

  /** Removes the job's files (cancelled, expired, or to start over). */
  public void delete(UUID job) {
    var dir = root.resolve(job.toString());
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(ExportFiles::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
