import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Drives the booking API of a running DyadCare with 1, 4 and 16 concurrent clients and prints
 * bookings per second, p50/p99 latency and the CPU a booking cost the server, the database and the
 * client (from each process's own account). Every client books its own episode; all bookings are
 * with the same clinician (the hot spot: they queue on her row lock) at distinct times, so every
 * booking should succeed, and afterwards the clinician's calendar is checked for overlaps. Then the
 * same 16 clients read the clinician list: the floor that the stack and this machine set. Last, the
 * race of ConcurrentBookingIT on the warmed-up server: 50 clients released at once to book the same
 * slot of one episode (so the same clinician, room and dyad), 100 rounds; exactly one may win each
 * round. It prints the losers' latency beside 50 clients at once reading the clinician list.
 *
 * <p>Run with bin/benchmark-booking (which starts the system on PostgreSQL first, warms it up with
 * --warm-up until the server's CPU per booking settles, and refreshes the planner's statistics),
 * or against a running, warmed-up system: java bin/bench/BookingBenchmark.java [app-url]
 * [keycloak-url] [--warm-up]. Runs book centuries ahead, in years of their own, so the system must
 * run with DYADCARE_BOOKING_HORIZON_YEARS=1000.
 */
public class BookingBenchmark {

  // For the tokens only; the API is driven over plain sockets (see send).
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final ZoneId ZONE = ZoneId.of("Europe/London");
  static final String ROOM = "6f0c1a52-0000-4000-8000-000000000002";
  static final int WARM_UP_ROUNDS = 12;
  static final int MIN_WARM_UP_ROUNDS = 6;
  static final int RACE_CLIENTS = 50;
  static final int RACE_ROUNDS = 100;
  static final int WARM_UP_RACE_ROUNDS = 40;
  static String app;
  static String keycloak;

  public static void main(String[] args) throws Exception {
    app = args.length > 0 ? args[0] : "http://localhost:8080";
    HOST = URI.create(app);
    keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
    var sam = token("sam");
    var clara = token("clara");
    var programme = "bench-" + System.currentTimeMillis();
    put(token("ada"), "/api/programmes/" + programme,
        "{\"name\": \"Benchmark\", \"plannedSessions\": 100, \"minimumSessions\": 1, \"intervalMinDays\": 1,"
            + " \"intervalMaxDays\": 90, \"sessionMinutes\": 15, \"dyadic\": true, \"videoFeedback\": false,"
            + " \"ageMinMonths\": 0, \"ageMaxMonths\": 216, \"evidence\": \"benchmark\"}");
    var warmUp = args.length > 2 && args[2].equals("--warm-up");
    // Each run books in a year of its own, far ahead, so runs never meet (warm-ups in earlier
    // centuries than measured runs: a warm-up books for more than a year).
    var firstDay = LocalDate.of((warmUp ? 2100 : 2600) + new java.util.Random().nextInt(400), 1, 2);
    var slots = slots(firstDay, warmUp
        ? WARM_UP_ROUNDS * (16 * 100 + WARM_UP_RACE_ROUNDS)
        : 100 + 4 * 100 + 16 * 100 + RACE_ROUNDS);
    var next = new int[] {0};

    if (warmUp) {
      // Not measured: rounds of 16 clients booking, reading and racing until the server's CPU
      // per booking settles (within 3 % of the round before). A freshly started server spends
      // much of its CPU compiling the booking path; measured too early, the figures are the
      // JIT's, not the system's.
      var previous = Double.MAX_VALUE;
      for (int i = 1; i <= WARM_UP_ROUNDS; i++) {
        // Fresh tokens each round: a slow warm-up can outlast an access token.
        sam = token("sam");
        clara = token("clara");
        var r = round(sam, clara, programme, slots, next, 16, 100);
        reads(sam, 16, 100);
        race(sam, clara, programme, slots, next, WARM_UP_RACE_ROUNDS);
        readBursts(sam, WARM_UP_RACE_ROUNDS);
        var perBooking = r.cpu().server() / r.bookings();
        System.out.printf("warm-up round %d: %.1f bookings/s, server CPU %.2f ms per booking%n", i,
            r.bookings() / r.seconds(), perBooking);
        // Not before the sixth round: the compiler can pause between tiers, and two rounds at
        // 11 ms each once ended a warm-up that a few more rounds would have taken to 3 ms.
        if (i >= MIN_WARM_UP_ROUNDS && Math.abs(perBooking - previous) < 0.03 * previous) {
          break;
        }
        previous = perBooking;
      }
      System.out.println("warmed up with " + next[0] + " bookings");
      return;
    }
    System.out.println("clients  bookings  seconds  bookings/s  p50 ms  p99 ms  refused"
        + "  CPU ms per booking: server  database  client");
    Result last = null;
    for (int clients : new int[] {1, 4, 16}) {
      var r = round(sam, clara, programme, slots, next, clients, 100);
      System.out.printf("%7d  %8d  %7.2f  %10.1f  %6.1f  %6.1f  %7d  %26.2f  %8.2f  %6.2f%n", clients, r.bookings(),
          r.seconds(), r.bookings() / r.seconds(), r.p50(), r.p99(), r.refused(), r.cpu().server() / r.bookings(),
          r.cpu().database() / r.bookings(), r.cpu().client() / r.bookings());
      last = r;
    }
    // What the CPU alone allows: with every core busy, bookings/s cannot exceed the cores'
    // milliseconds per second over a booking's milliseconds of CPU, and clients that each wait for
    // their answer then wait on average clients / (bookings/s) (Little's law).
    var cores = Runtime.getRuntime().availableProcessors();
    var perBooking = last.cpu().total() / last.bookings();
    var ceiling = cores * 1000 / perBooking;
    System.out.printf("CPU per booking at 16 clients: %.2f ms in all; %d cores allow at most %.0f bookings/s,"
        + " and 16 clients then wait %.0f ms on average%n", perBooking, cores, ceiling, 16 * 1000 / ceiling);
    var overlaps = overlaps(sam, firstDay, slots.get(next[0] - 1));
    System.out.println("double bookings of the clinician: " + overlaps);
    // The floor under any figure above: the same 16 clients reading the clinician list (the
    // token and access checks and one indexed query), on the same machine.
    var floor = reads(sam, 16, 100);
    System.out.printf("for comparison, 16 clients reading GET /api/clinicians: %.1f requests/s, p50 %.1f ms,"
        + " p99 %.1f ms, CPU per read %.2f ms in all%n", floor.bookings() / floor.seconds(), floor.p50(), floor.p99(),
        floor.cpu().total() / floor.bookings());
    var race = race(sam, clara, programme, slots, next, RACE_ROUNDS);
    var raceOverlaps = overlaps(sam, firstDay, slots.get(next[0] - 1));
    var losers = race.latencies(409);
    var readers = readBursts(sam, RACE_ROUNDS);
    System.out.printf("race, %d clients at once for one slot, %d rounds: %d won (one per round expected),"
        + " %d refused with 409, %d other answers; losers p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
        + " CPU per request %.2f ms in all (server %.2f, database %.2f, client %.2f)%n",
        RACE_CLIENTS, RACE_ROUNDS, race.count(201), losers.size(), race.others(201, 409), percentile(losers, 50),
        percentile(losers, 99), percentile(losers, 100), race.cpuPerRequest(Cpu::total),
        race.cpuPerRequest(Cpu::server), race.cpuPerRequest(Cpu::database), race.cpuPerRequest(Cpu::client));
    var reads = readers.latencies(200);
    System.out.printf("for comparison, %d clients at once reading GET /api/clinicians, %d rounds: p50 %.1f ms,"
        + " p99 %.1f ms, max %.1f ms; CPU per read %.2f ms in all%n", RACE_CLIENTS, RACE_ROUNDS,
        percentile(reads, 50), percentile(reads, 99), percentile(reads, 100), readers.cpuPerRequest(Cpu::total));
    System.out.println("double bookings of the clinician after the race: " + raceOverlaps);
    if (overlaps != 0 || raceOverlaps != 0 || race.count(201) != RACE_ROUNDS || race.others(201, 409) != 0
        || readers.others(200) != 0) {
      System.exit(1);
    }
  }

  /** Every answer of a run of bursts: its status and latency, and the CPU the run cost. */
  record Bursts(List<long[]> answers, Cpu cpu) {
    int count(int status) {
      return (int) answers.stream().filter(a -> a[0] == status).count();
    }

    /** Answers with none of the expected statuses. */
    int others(int... expected) {
      return (int) answers.stream()
          .filter(a -> java.util.Arrays.stream(expected).noneMatch(status -> status == a[0]))
          .count();
    }

    List<Long> latencies(int status) {
      return answers.stream().filter(a -> a[0] == status).map(a -> a[1]).sorted().toList();
    }

    double cpuPerRequest(java.util.function.ToDoubleFunction<Cpu> part) {
      return part.applyAsDouble(cpu) / answers.size();
    }
  }

  /** The p-th percentile, in milliseconds, of latencies sorted in nanoseconds (nearest rank). */
  static double percentile(List<Long> sortedNanos, int p) {
    var index = (int) Math.min(sortedNanos.size() - 1, Math.ceil(sortedNanos.size() * p / 100.0) - 1);
    return sortedNanos.get(Math.max(0, index)) / 1e6;
  }

  /**
   * Rounds of 50 clients released at once to book the same slot of one episode (a fresh episode
   * every 100 rounds, within its dose): the race of ConcurrentBookingIT.
   */
  static Bursts race(String sam, String clara, String programme, List<String> slots, int[] next, int rounds)
      throws Exception {
    var episode = new String[1];
    return bursts(rounds, round -> {
      if (round % 100 == 0) {
        episode[0] = episode(sam, clara, programme);
      }
      var path = "/api/episodes/" + episode[0] + "/sessions";
      var json = "{\"clinicianId\": \"nina\", \"roomId\": \"" + ROOM + "\", \"startsAt\": \""
          + slots.get(next[0]++) + "\", \"overrideIntervalReason\": \"race\"}";
      // Not book(): refusals are what a race is for.
      return client -> send("POST", sam, path, json).statusCode();
    });
  }

  /** Rounds of 50 clients released at once to read the clinician list: the race's floor. */
  static Bursts readBursts(String token, int rounds) throws Exception {
    return bursts(rounds, round -> client -> send("GET", token, "/api/clinicians", null).statusCode());
  }

  interface RoundSetUp {
    Request prepare(int round) throws Exception;
  }

  interface Request {
    int status(int client) throws Exception;
  }

  /**
   * Each round, every client waits at a gate until all are ready, then sends its request; the
   * next round starts when all have been answered. Each client keeps one connection throughout.
   */
  static Bursts bursts(int rounds, RoundSetUp setUp) throws Exception {
    var pool = Executors.newFixedThreadPool(RACE_CLIENTS);
    var answers = new ArrayList<long[]>();
    var cpu = Cpu.now();
    try {
      for (int round = 0; round < rounds; round++) {
        var request = setUp.prepare(round);
        var last = round == rounds - 1;
        var ready = new CountDownLatch(RACE_CLIENTS);
        var gate = new CountDownLatch(1);
        var futures = new ArrayList<Future<long[]>>();
        for (int c = 0; c < RACE_CLIENTS; c++) {
          var client = c;
          futures.add(pool.submit(() -> {
            ready.countDown();
            gate.await();
            var started = System.nanoTime();
            var status = request.status(client);
            var answer = new long[] {status, System.nanoTime() - started};
            if (last) {
              CONNECTION.get().socket().close();
              CONNECTION.remove();
            }
            return answer;
          }));
        }
        ready.await();
        gate.countDown();
        for (var f : futures) {
          answers.add(f.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Bursts(answers, Cpu.now().since(cpu));
  }

  record Result(int bookings, double seconds, double p50, double p99, int refused, Cpu cpu) {}

  /**
   * Milliseconds of CPU used by the application server, the database and this client: each
   * process's own account, read before and after a measurement.
   */
  record Cpu(double server, double database, double client) {
    static Cpu now() {
      return new Cpu(
          cpuOf(p -> p.info().commandLine().filter(c -> c.contains("jboss-modules")).isPresent()),
          cpuOf(p -> p.info().command().filter(c -> c.endsWith("/postgres")).isPresent()),
          cpuOf(ProcessHandle.current()));
    }

    Cpu since(Cpu before) {
      return new Cpu(server - before.server, database - before.database, client - before.client);
    }

    double total() {
      return server + database + client;
    }

    /** All matching processes: PostgreSQL serves each connection from a process of its own. */
    private static double cpuOf(java.util.function.Predicate<ProcessHandle> which) {
      return ProcessHandle.allProcesses().filter(which).mapToDouble(Cpu::cpuOf).sum();
    }

    private static double cpuOf(ProcessHandle process) {
      return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(0.0);
    }
  }

  /** Each client books its own episode, perClient bookings one after another. */
  static Result round(String sam, String clara, String programme, List<String> slots, int[] next,
      int clients, int perClient) throws Exception {
    var episodes = new ArrayList<String>();
    var mine = new ArrayList<List<String>>();
    for (int c = 0; c < clients; c++) {
      episodes.add(episode(sam, clara, programme));
      mine.add(new ArrayList<>());
    }
    for (int i = 0; i < clients * perClient; i++) {
      mine.get(i % clients).add(slots.get(next[0]++));
    }
    return measure(clients, perClient, (c, i) -> book(sam, episodes.get(c), mine.get(c).get(i)), 201);
  }

  /** Clients reading the clinician list, perClient reads one after another. */
  static Result reads(String token, int clients, int perClient) throws Exception {
    return measure(clients, perClient, (c, i) -> send("GET", token, "/api/clinicians", null).statusCode(), 200);
  }

  interface Call {
    int status(int client, int index) throws Exception;
  }

  /** Runs the clients at once, each on its own keep-alive connection, and times every call. */
  static Result measure(int clients, int perClient, Call call, int expected) throws Exception {
    var latencies = Collections.synchronizedList(new ArrayList<Long>());
    var refused = Collections.synchronizedList(new ArrayList<Integer>());
    var pool = Executors.newFixedThreadPool(clients);
    var tasks = new ArrayList<Callable<Void>>();
    for (int c = 0; c < clients; c++) {
      var client = c;
      tasks.add(() -> {
        for (int i = 0; i < perClient; i++) {
          var started = System.nanoTime();
          var status = call.status(client, i);
          latencies.add(System.nanoTime() - started);
          if (status != expected) {
            refused.add(status);
          }
        }
        CONNECTION.get().socket().close();
        CONNECTION.remove();
        return null;
      });
    }
    var cpu = Cpu.now();
    var started = System.nanoTime();
    for (var f : pool.invokeAll(tasks)) {
      f.get();
    }
    var seconds = (System.nanoTime() - started) / 1e9;
    cpu = Cpu.now().since(cpu);
    pool.shutdown();
    var sorted = latencies.stream().sorted().toList();
    return new Result(sorted.size(), seconds, percentile(sorted, 50), percentile(sorted, 99), refused.size(), cpu);
  }

  /** Weekday quarter-hours from 08:00 to 18:00. */
  static List<String> slots(LocalDate from, int count) {
    var slots = new ArrayList<String>();
    for (var day = from; slots.size() < count; day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() > 5) {
        continue;
      }
      for (int minute = 8 * 60; minute < 18 * 60 && slots.size() < count; minute += 15) {
        slots.add(day.atTime(minute / 60, minute % 60).atZone(ZONE).toOffsetDateTime().toString());
      }
    }
    return slots;
  }

  static volatile boolean shownRefusal;

  static int book(String token, String episode, String time) throws Exception {
    var r = send("POST", token, "/api/episodes/" + episode + "/sessions",
        "{\"clinicianId\": \"nina\", \"roomId\": \"" + ROOM + "\", \"startsAt\": \"" + time
            + "\", \"overrideIntervalReason\": \"benchmark\"}");
    if (r.statusCode() != 201 && !shownRefusal) {
      shownRefusal = true;
      System.out.println("first refusal: " + r.statusCode() + " " + r.body());
    }
    return r.statusCode();
  }

  static String episode(String sam, String clara, String programme) throws Exception {
    var id = UUID.randomUUID().toString().substring(0, 8);
    var referral = created(send("POST", sam, "/api/referrals",
        "{\"child\": {\"identifier\": \"BENCH-" + id + "\", \"givenName\": \"Bench\", \"familyName\": \"Mark\","
            + " \"birthDate\": \"2024-01-01\"}, \"caregiver\": {\"name\": \"Carer\", \"relationship\": \"mother\"},"
            + " \"source\": \"gp\", \"reason\": \"benchmark\", \"safeguardingConcern\": false,"
            + " \"payerId\": \"northwind\", \"memberId\": \"B-" + id + "\","
            + " \"consents\": {\"treatment\": true, \"outcomeSharing\": true}}"));
    var episode = created(send("POST", clara, "/api/referrals/" + referral + "/acceptance", "{}"));
    send("POST", clara, "/api/episodes/" + episode + "/transitions", "{\"to\": \"assessing\", \"reason\": \"b\"}");
    put(clara, "/api/episodes/" + episode + "/care-plan", "{\"programmeCode\": \"" + programme + "\"}");
    send("POST", clara, "/api/episodes/" + episode + "/transitions", "{\"to\": \"in-treatment\", \"reason\": \"b\"}");
    return episode;
  }

  /** Overlapping bookings of the clinician, from her calendar over the benchmark's days. */
  static int overlaps(String token, LocalDate from, String lastSlot) throws Exception {
    var until = LocalDate.parse(lastSlot.substring(0, 10));
    var intervals = new ArrayList<long[]>();
    var pattern = Pattern.compile("\"localEndsAt\":\"([^\"]+)\",\"localStartsAt\":\"([^\"]+)\"");
    for (var day = from; !day.isAfter(until); day = day.plusDays(28)) {
      var body = send("GET", token, "/api/schedule?clinicianId=nina&from=" + day + "&days=28", null).body();
      var m = pattern.matcher(body);
      while (m.find()) {
        intervals.add(new long[] {
          java.time.LocalDateTime.parse(m.group(2)).atZone(ZONE).toEpochSecond(),
          java.time.LocalDateTime.parse(m.group(1)).atZone(ZONE).toEpochSecond()});
      }
    }
    intervals.sort((a, b) -> Long.compare(a[0], b[0]));
    var overlaps = 0;
    for (int i = 1; i < intervals.size(); i++) {
      if (intervals.get(i)[0] < intervals.get(i - 1)[1]) {
        overlaps++;
      }
    }
    return overlaps;
  }

  static String token(String user) throws Exception {
    var form = "grant_type=password&client_id=dyadcare-cli&password=demo&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
    var response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/dyadcare/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    var m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
    if (!m.find()) {
      throw new IllegalStateException("login failed for " + user + ": " + response.body());
    }
    return m.group(1);
  }

  static void put(String token, String path, String json) throws Exception {
    var r = send("PUT", token, path, json);
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
    }
  }

  /** A response: status, body and Location header. */
  record Reply(int statusCode, String body, String location) {}

  static String created(Reply r) {
    if (r.location() == null) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    return r.location().substring(r.location().lastIndexOf('/') + 1);
  }

  /**
   * One request over a plain keep-alive socket per client thread (HTTP/1.1): the lightest client
   * there is, so that the client's own CPU on these shared cores disturbs the figures least (the
   * JDK's HttpURLConnection cost about 1.2 ms of CPU per request here, a third of the server's).
   */
  static Reply send(String method, String token, String path, String json) throws Exception {
    var body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    var head = method + " " + path + " HTTP/1.1\r\nHost: " + HOST.getHost() + "\r\n"
        + "Authorization: Bearer " + token + "\r\n"
        + (json == null ? "" : "Content-Type: application/json\r\n")
        + "Content-Length: " + body.length + "\r\n\r\n";
    var connection = CONNECTION.get();
    if (connection == null) {
      connection = new Connection(new Socket(HOST.getHost(), HOST.getPort() == -1 ? 80 : HOST.getPort()));
      CONNECTION.set(connection);
    }
    var out = connection.out();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    var in = connection.in();
    var status = Integer.parseInt(line(in).substring(9, 12));
    String location = null;
    var length = 0;
    var chunked = false;
    for (var header = line(in); !header.isEmpty(); header = line(in)) {
      var name = header.substring(0, header.indexOf(':')).trim().toLowerCase(java.util.Locale.ROOT);
      var value = header.substring(header.indexOf(':') + 1).trim();
      switch (name) {
        case "location" -> location = value;
        case "content-length" -> length = Integer.parseInt(value);
        case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
        default -> { }
      }
    }
    var received = new java.io.ByteArrayOutputStream();
    if (chunked) {
      for (var size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
        received.write(in.readNBytes(size));
        line(in);
      }
      line(in);
    } else {
      received.write(in.readNBytes(length));
    }
    return new Reply(status, received.toString(StandardCharsets.UTF_8), location);
  }

  /** A client's keep-alive connection, with buffered streams (one system call per read, not per byte). */
  record Connection(Socket socket, java.io.InputStream in, java.io.OutputStream out) {
    Connection(Socket socket) throws java.io.IOException {
      this(socket, new java.io.BufferedInputStream(socket.getInputStream()),
          new java.io.BufferedOutputStream(socket.getOutputStream()));
      socket.setTcpNoDelay(true);
    }
  }

  static final ThreadLocal<Connection> CONNECTION = new ThreadLocal<>();
  static URI HOST;

  /** One header line, without its CRLF. */
  static String line(java.io.InputStream in) throws java.io.IOException {
    var line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c == -1) {
        throw new java.io.EOFException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }
}
