package care.dyad.e2e.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How long each page of the web application took to draw with its data (measured in the browser,
 * from the route to the page on screen) across the browser tests. A figure, not a pass/fail: it is
 * printed when the tests end and written to target/screenshots/render-times.txt.
 */
public final class RenderTimes {

  private static final Map<String, List<Integer>> TIMES = new TreeMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(RenderTimes::report));
  }

  private RenderTimes() {}

  static synchronized void record(String route, int milliseconds) {
    var page =
        route
            .replaceAll("\\?.*$", "")
            .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
    TIMES.computeIfAbsent(page, p -> new ArrayList<>()).add(milliseconds);
  }

  private static synchronized void report() {
    if (TIMES.isEmpty()) {
      return;
    }
    var lines =
        TIMES.entrySet().stream()
            .map(
                e ->
                    String.format(
                        "%-32s %4d visits  median %4d ms  max %4d ms",
                        e.getKey(),
                        e.getValue().size(),
                        e.getValue().stream().sorted().toList().get(e.getValue().size() / 2),
                        e.getValue().stream().mapToInt(Integer::intValue).max().orElse(0)))
            .collect(Collectors.joining("\n"));
    System.out.println("Page render times (route → drawn with data, in the browser):\n" + lines);
    try {
      var dir = Path.of(System.getProperty("dyadcare.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("render-times.txt"), lines + "\n");
    } catch (IOException e) {
      System.err.println("Could not write render-times.txt: " + e.getMessage());
    }
  }
}
