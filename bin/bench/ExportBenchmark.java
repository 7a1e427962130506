import ca.uhn.fhir.parser.IParser;
import care.dyad.fhir.Fhir;
import care.dyad.fhir.export.CarePlanExport;
import care.dyad.fhir.export.CaregiverExport;
import care.dyad.fhir.export.ChildExport;
import care.dyad.fhir.export.DiagnosisExport;
import care.dyad.fhir.export.DoseExport;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.export.OrganizationExport;
import care.dyad.fhir.export.ScoreExport;
import care.dyad.fhir.export.SessionExport;
import care.dyad.fhir.mapping.EpisodeBundleMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Runs full FHIR Bulk Data exports ({@code GET /fhir/Group/northwind/$export}) of a running
 * DyadCare as the payer Northwind, for growing numbers of seeded episodes, and prints episodes,
 * resources, seconds, resources per second and the server's heap. In the same run it measures how
 * fast HAPI alone encodes the same kind of resources from memory, the export's upper bound.
 *
 * <p>Episodes are seeded straight into PostgreSQL with {@code bin/bench/export-seed.sql} (through
 * psql), up to each size in turn. The server's heap is read with the JDK's jstat and jcmd: the live
 * heap after a full GC before each export, and the peak used heap and old generation sampled every
 * 200 ms from kick-off until the manifest is ready.
 *
 * <p>Run with bin/benchmark-export, which starts the system on PostgreSQL first and builds the
 * classpath (the fhir-mappings jar and HAPI), or against a running system: {@code java -cp
 * <classpath> bin/bench/ExportBenchmark.java app-url keycloak-url wildfly-pid database sizes...}.
 */
public class ExportBenchmark {

  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final int HAPI_EPISODES = 2000;
  static final int HAPI_PASSES = 5;
  static final int SEED_CHUNK = 10_000;
  static final Duration POLL = Duration.ofMillis(250);
  static final Pattern OUTPUT =
      Pattern.compile(
          "\\{[^{}]*\"type\":\"([^\"]+)\"[^{}]*\"url\":\"([^\"]+)\"[^{}]*\"count\":(\\d+)");

  static String app;
  static String keycloak;
  static long wildfly;
  static String database;
  static boolean failed;

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println(
          "usage: java -cp <classpath> bin/bench/ExportBenchmark.java"
              + " app-url keycloak-url wildfly-pid database episodes...");
      System.exit(2);
    }
    app = args[0];
    keycloak = args[1];
    wildfly = Long.parseLong(args[2]);
    database = args[3];
    var sizes = Arrays.stream(args, 4, args.length).mapToInt(Integer::parseInt).toArray();

    var hapi = hapiEncodeRate();
    System.out.printf("WildFly heap: max %.0f MB (pid %d)%n", maxHeapMb(), wildfly);

    // Warm-up, not measured: the server's first export compiles its path (JIT, Hibernate's
    // queries, HAPI's model), as the booking benchmark warms up its bookings. It exports the first
    // size once, so that the first measured export does not still run partly interpreted.
    seedUpTo(sizes[0]);
    var warmUp = export();
    System.out.printf(
        "warm-up export: %d episodes, %d resources in %.1f s (not counted)%n%n",
        warmUp.episodes(), warmUp.resources(), warmUp.totalSeconds());

    var results = new ArrayList<Result>();
    for (int size : sizes) {
      seedUpTo(size);
      results.add(export());
    }
    System.out.println();
    System.out.println(
        "episodes  resources  export s  +download s  resources/s  export/HAPI"
            + "  live before MB  peak heap MB  peak old MB  live after MB  NDJSON MB");
    for (var r : results) {
      System.out.printf(
          "%8d  %9d  %8.1f  %11.1f  %11.0f  %11.2f  %14.1f  %12.1f  %11.1f  %13.1f  %9.1f%n",
          r.episodes(),
          r.resources(),
          r.exportSeconds(),
          r.totalSeconds(),
          r.resources() / r.exportSeconds(),
          r.resources() / r.exportSeconds() / hapi,
          r.heapBeforeMb(),
          r.peakHeapMb(),
          r.peakOldMb(),
          r.heapAfterMb(),
          r.bytes() / 1e6);
    }
    System.out.printf(
        "HAPI alone encodes %.0f resources/s from memory. Targets: export/HAPI >= 0.5;"
            + " peak heap flat in the number of episodes.%n",
        hapi);
    if (results.size() > 1) {
      var first = results.get(0);
      var last = results.get(results.size() - 1);
      System.out.printf(
          "%d vs %d episodes: peak heap x%.2f, peak old generation x%.2f, resources/s x%.2f%n",
          last.episodes(),
          first.episodes(),
          last.peakHeapMb() / first.peakHeapMb(),
          last.peakOldMb() / first.peakOldMb(),
          (last.resources() / last.exportSeconds()) / (first.resources() / first.exportSeconds()));
    }
    if (failed) {
      System.exit(1);
    }
  }

  /** One export's figures; seconds from kick-off to the manifest, and including the download. */
  record Result(
      int episodes,
      long resources,
      long bytes,
      double exportSeconds,
      double totalSeconds,
      double heapBeforeMb,
      double peakHeapMb,
      double peakOldMb,
      double heapAfterMb) {}

  // ---- the export, as a payer runs it

  /**
   * Kick-off, polling until the manifest, then every file streamed and its lines counted; the job
   * is deleted afterwards so its files do not pile up on the server's disk.
   */
  static Result export() throws Exception {
    var expected = Integer.parseInt(sql(CONSENTED_EPISODES));
    fullGc();
    var before = heap().used();
    Map<String, Long> counts;
    long lines = 0;
    long bytes = 0;
    double exportSeconds;
    double totalSeconds;
    Heap peak;
    String status;
    try (var sampler = new HeapSampler()) {
      var started = System.nanoTime();
      var kickOff =
          HTTP.send(
              request(app + "/fhir/Group/northwind/$export")
                  .header("Accept", "application/fhir+json")
                  .header("Prefer", "respond-async")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (kickOff.statusCode() != 202) {
        throw new IllegalStateException("kick-off: " + kickOff.statusCode() + " " + kickOff.body());
      }
      status = kickOff.headers().firstValue("Content-Location").orElseThrow();
      String manifest = null;
      while (manifest == null) {
        var poll = HTTP.send(request(status).build(), HttpResponse.BodyHandlers.ofString());
        if (poll.statusCode() == 200) {
          manifest = poll.body();
        } else if (poll.statusCode() == 202) {
          Thread.sleep(POLL.toMillis());
        } else {
          throw new IllegalStateException("status: " + poll.statusCode() + " " + poll.body());
        }
      }
      exportSeconds = (System.nanoTime() - started) / 1e9;
      peak = sampler.peak();
      counts = new LinkedHashMap<>();
      var m = OUTPUT.matcher(manifest);
      while (m.find()) {
        var file = download(m.group(2));
        counts.put(m.group(1), file[0]);
        lines += file[0];
        bytes += file[1];
        if (file[0] != Long.parseLong(m.group(3))) {
          failed = true;
          System.out.printf(
              "MISMATCH: %s.ndjson has %d lines, the manifest says %s%n",
              m.group(1), file[0], m.group(3));
        }
      }
      totalSeconds = (System.nanoTime() - started) / 1e9;
    }
    HTTP.send(request(status).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    fullGc();
    var after = heap().used();
    var episodes = counts.getOrDefault("EpisodeOfCare", 0L).intValue();
    if (episodes != expected) {
      failed = true;
      System.out.printf(
          "MISMATCH: %d EpisodeOfCare exported, %d consented Northwind episodes in the database%n",
          episodes, expected);
    }
    System.out.printf(
        "export of %d episodes: %d resources, %.0f bytes each, in %.1f s (%.1f s with download),"
            + " load average %s; %s%n",
        episodes, lines, (double) bytes / lines, exportSeconds, totalSeconds, load(), counts);
    return new Result(
        episodes,
        lines,
        bytes,
        exportSeconds,
        totalSeconds,
        before / 1024,
        peak.used() / 1024,
        peak.old() / 1024,
        after / 1024);
  }

  /** The machine's 1-minute load average: other work on these cores skews every figure. */
  static String load() throws IOException {
    return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]
        + " on "
        + Runtime.getRuntime().availableProcessors()
        + " cores";
  }

  /** Streams one NDJSON file: its lines and bytes. */
  static long[] download(String url) throws Exception {
    var response =
        HTTP.send(
            request(url).header("Accept", "application/fhir+ndjson").build(),
            HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            url + ": " + response.statusCode() + " " + new String(in.readAllBytes()));
      }
      var buffer = new byte[1 << 16];
      long lines = 0;
      long bytes = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
      return new long[] {lines, bytes};
    }
  }

  static String token;
  static long tokenAt;

  /**
   * A payer request with a fresh enough token (tokens live 5 minutes; a large export is longer).
   */
  static HttpRequest.Builder request(String url) throws Exception {
    if (token == null || System.nanoTime() - tokenAt > Duration.ofMinutes(3).toNanos()) {
      var form =
          "grant_type=client_credentials&client_id=payer-northwind&client_secret="
              + URLEncoder.encode("northwind-demo-secret", StandardCharsets.UTF_8);
      var response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(keycloak + "/realms/dyadcare/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      var m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
      if (!m.find()) {
        throw new IllegalStateException("no token for payer-northwind: " + response.body());
      }
      token = m.group(1);
      tokenAt = System.nanoTime();
    }
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
  }

  // ---- seeding, through psql

  static final String CONSENTED_EPISODES =
      "select count(*) from episode e join referral r on r.id = e.referral_id"
          + " where r.payer_id = 'northwind' and exists (select 1 from consent c"
          + " where c.referral_id = r.id and c.kind = 'OUTCOME_SHARING'"
          + " and c.given_on <= current_date"
          + " and (c.withdrawn_on is null or c.withdrawn_on > current_date))";

  /** Adds seeded episodes up to the given number, in chunks, then vacuums and analyzes. */
  static void seedUpTo(int episodes) throws Exception {
    var seeded =
        Integer.parseInt(sql("select count(*) from child where identifier like 'BENCH-%'"));
    if (seeded >= episodes) {
      return;
    }
    var started = System.nanoTime();
    for (int first = seeded + 1; first <= episodes; first += SEED_CHUNK) {
      var last = Math.min(episodes, first + SEED_CHUNK - 1);
      psql("-1", "-v", "first=" + first, "-v", "last=" + last, "-f", "bin/bench/export-seed.sql");
    }
    // As after any bulk load: planner statistics, and the visibility map and hint bits set once
    // here rather than by the first export's reads.
    psql("-c", "vacuum analyze");
    System.out.printf(
        "seeded episodes %d to %d in %.1f s%n",
        seeded + 1, episodes, (System.nanoTime() - started) / 1e9);
  }

  static String sql(String query) throws Exception {
    return psql("-t", "-A", "-c", query).trim();
  }

  static String psql(String... args) throws Exception {
    var command =
        new ArrayList<>(
            List.of(
                "psql",
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-d",
                database));
    command.addAll(List.of(args));
    return run(command);
  }

  static String run(List<String> command) throws Exception {
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }

  // ---- the server's heap, through jstat and jcmd

  /** Used heap and old generation, in kilobytes. */
  record Heap(double used, double old) {}

  static void fullGc() throws Exception {
    run(List.of("jcmd", Long.toString(wildfly), "GC.run"));
  }

  static double maxHeapMb() throws Exception {
    var m =
        Pattern.compile("MaxHeapSize=(\\d+)")
            .matcher(run(List.of("jcmd", Long.toString(wildfly), "VM.flags")));
    return m.find() ? Long.parseLong(m.group(1)) / 1024.0 / 1024.0 : Double.NaN;
  }

  static Heap heap() throws Exception {
    var lines = run(List.of("jstat", "-gc", Long.toString(wildfly))).strip().split("\n");
    return parse(lines[0].trim().split("\\s+"), lines[lines.length - 1]);
  }

  static Heap parse(String[] header, String line) {
    var values = line.trim().split("\\s+");
    var columns = new HashMap<String, Double>();
    for (int i = 0; i < header.length && i < values.length; i++) {
      columns.put(header[i], Double.parseDouble(values[i]));
    }
    var old = columns.get("OU");
    return new Heap(columns.get("S0U") + columns.get("S1U") + columns.get("EU") + old, old);
  }

  /** Samples the heap every 200 ms (one jstat process, so sampling costs the server nothing). */
  static final class HeapSampler implements AutoCloseable {
    private final Process process;
    private final Thread reader;
    private volatile double peakUsed;
    private volatile double peakOld;

    HeapSampler() throws IOException {
      process = new ProcessBuilder("jstat", "-gc", Long.toString(wildfly), "200").start();
      reader =
          new Thread(
              () -> {
                try (var in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  var header = in.readLine().trim().split("\\s+");
                  for (String line; (line = in.readLine()) != null; ) {
                    var heap = parse(header, line);
                    peakUsed = Math.max(peakUsed, heap.used());
                    peakOld = Math.max(peakOld, heap.old());
                  }
                } catch (IOException | RuntimeException e) {
                  // the sampler stops with the export
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    Heap peak() {
      return new Heap(peakUsed, peakOld);
    }

    @Override
    public void close() {
      process.destroy();
      try {
        reader.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ---- HAPI alone, from memory

  /**
   * Maps {@value #HAPI_EPISODES} episodes shaped like the seeded ones with the project's mappers,
   * then times encoding their resources (Organizations aside, as the export writes those once) to
   * JSON strings with one parser, after warm-up passes; the median pass counts.
   */
  static double hapiEncodeRate() {
    var exportedAt = Instant.now();
    var episodes = new ArrayList<EpisodeExport>();
    for (int k = 1; k <= HAPI_EPISODES; k++) {
      episodes.add(episode(k));
    }
    var resources = new ArrayList<IBaseResource>();
    var mapStarted = System.nanoTime();
    for (var episode : episodes) {
      for (var entry : EpisodeBundleMapper.map(episode, app + "/fhir", exportedAt).getEntry()) {
        if (!"Organization".equals(entry.getResource().fhirType())) {
          resources.add(entry.getResource());
        }
      }
    }
    var mapSeconds = (System.nanoTime() - mapStarted) / 1e9;
    var parser = Fhir.context().newJsonParser();
    var chars = 0L;
    for (int pass = 0; pass < HAPI_PASSES; pass++) {
      chars = encodeAll(parser, resources);
    }
    var seconds = new double[HAPI_PASSES];
    for (int pass = 0; pass < HAPI_PASSES; pass++) {
      var started = System.nanoTime();
      encodeAll(parser, resources);
      seconds[pass] = (System.nanoTime() - started) / 1e9;
    }
    Arrays.sort(seconds);
    var median = seconds[HAPI_PASSES / 2];
    // Mapping again now that it is compiled, for the map-and-encode figure.
    mapStarted = System.nanoTime();
    for (var episode : episodes) {
      EpisodeBundleMapper.map(episode, app + "/fhir", exportedAt);
    }
    mapSeconds = Math.min(mapSeconds, (System.nanoTime() - mapStarted) / 1e9);
    var rate = resources.size() / median;
    System.out.printf(
        "HAPI alone, from memory: %d episodes, %d resources, %.0f bytes each;"
            + " encode %.2f s (median of %d passes after %d warm-up passes) = %.0f resources/s;"
            + " map + encode %.0f resources/s%n",
        HAPI_EPISODES,
        resources.size(),
        (double) chars / resources.size(),
        median,
        HAPI_PASSES,
        HAPI_PASSES,
        rate,
        resources.size() / (median + mapSeconds));
    return rate;
  }

  static long encodeAll(IParser parser, List<IBaseResource> resources) {
    var chars = 0L;
    for (var resource : resources) {
      chars += parser.encodeResourceToString(resource).length() + 1;
    }
    return chars;
  }

  static final String[][] INSTRUMENTS = {
    {"ainsworth-sensitivity", "Ainsworth Sensitivity scale"},
    {"eas", "Emotional Availability Scales"},
    {"sdq-total", "Strengths and Difficulties Questionnaire (total difficulties)"},
    {"psi-sf", "Parenting Stress Index Short Form"}
  };

  /** Scores as export-seed.sql gives them: low + k % spread, then mid and end changes. */
  static final int[][] SCORES = {
    {2, 4, 1, 2, 1}, {2, 3, 1, 2, 0}, {18, 15, -4, -8, -1}, {90, 50, -8, -16, -1}
  };

  static final String[] RELATIONSHIPS = {
    "mother", "father", "foster-carer", "adoptive-parent", "kinship-carer"
  };

  /** Episode k as export-seed.sql seeds it and EpisodeExportQuery reads it back. */
  static EpisodeExport episode(int k) {
    var id = uuid("bench-episode-" + k);
    var firstSession =
        Instant.parse("1990-01-01T00:00:00Z")
            .plus(Duration.ofHours(((k - 1) / 2 / 168) * 1680L + ((k - 1) / 2) % 168));
    var opened = firstSession.minus(Duration.ofDays(21));
    var openedOn = opened.atZone(ZoneOffset.UTC).toLocalDate();
    var sessions = new ArrayList<SessionExport>();
    for (int s = 1; s <= 10; s++) {
      var start = firstSession.plus(Duration.ofDays(7L * (s - 1)));
      sessions.add(
          new SessionExport(
              uuid("bench-session-" + k + "-" + s),
              start,
              start.plus(Duration.ofHours(1)),
              false,
              true,
              s % 5 != 0,
              s % 2 == 0));
    }
    var scores = new ArrayList<ScoreExport>();
    String[] points = {"baseline", "mid", "end"};
    int[] days = {-7, 28, 64};
    for (int i = 0; i < INSTRUMENTS.length; i++) {
      var s = SCORES[i];
      for (int t = 0; t < points.length; t++) {
        var change = t == 0 ? 0 : t == 1 ? s[2] : s[3] + s[4] * (k % 3);
        scores.add(
            ScoreExport.numeric(
                uuid("bench-assessment-" + k + "-" + INSTRUMENTS[i][0] + "-" + points[t]),
                INSTRUMENTS[i][0],
                INSTRUMENTS[i][1],
                points[t],
                firstSession.plus(Duration.ofDays(days[t])).plus(Duration.ofHours(2)),
                BigDecimal.valueOf(s[0] + k % s[1] + change).setScale(2)));
      }
    }
    return new EpisodeExport(
        id,
        "north",
        "northwind",
        String.format("NW-B%07d", k),
        new ChildExport(uuid("bench-child-" + k), openedOn.minusMonths(12 + k % 30)),
        new CaregiverExport(uuid("bench-caregiver-" + k), RELATIONSHIPS[k % 5]),
        new DiagnosisExport("dx-" + id, k % 4 == 0 ? "6B45" : "6B44", k % 3 != 0, openedOn),
        "active",
        openedOn,
        null,
        uuid("bench-referral-" + k),
        scores,
        OrganizationExport.centre("north", "North Child Development Centre"),
        OrganizationExport.payer("northwind", "Northwind Health Insurance"),
        new CarePlanExport(
            "cp-" + id,
            "abc",
            "active",
            new DoseExport(10, 6, 8, 60),
            List.of(),
            openedOn.plusDays(7)),
        sessions);
  }

  /** PostgreSQL's md5(text)::uuid, as export-seed.sql derives its ids. */
  static String uuid(String name) {
    try {
      var md5 =
          java.security.MessageDigest.getInstance("MD5")
              .digest(name.getBytes(StandardCharsets.UTF_8));
      var hex = new StringBuilder();
      for (var b : md5) {
        hex.append(String.format("%02x", b));
      }
      return UUID.fromString(
              hex.substring(0, 8)
                  + "-"
                  + hex.substring(8, 12)
                  + "-"
                  + hex.substring(12, 16)
                  + "-"
                  + hex.substring(16, 20)
                  + "-"
                  + hex.substring(20))
          .toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
