package care.dyad.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the records the tests need through the real API, each with fresh identifiers so tests
 * never depend on each other or on their order.
 */
public final class Fixtures {

  private static final AtomicInteger SLOT = new AtomicInteger();

  private final Http http;

  public Fixtures(Http http) {
    this.http = http;
  }

  /** A referral body for a new child, covered by the given payer, in the given centre. */
  public static String referralJson(String centreId, String payerId) {
    var identifier = "TEST-" + UUID.randomUUID();
    return """
        {"centreId": "%s",
         "child": {"identifier": "%s", "givenName": "Robin", "familyName": "Example",
                   "birthDate": "%s"},
         "caregiver": {"name": "Alex Example", "relationship": "mother"},
         "source": "health-visitor", "reason": "Difficulty being comforted; withdrawn.",
         "safeguardingConcern": false, "payerId": "%s", "memberId": "M-%s",
         "consents": {"treatment": true, "outcomeSharing": true}}
        """
        .formatted(
            centreId,
            identifier,
            LocalDate.now().minusMonths(30),
            payerId,
            identifier.substring(5, 13));
  }

  /** Registers a referral as the scheduler of that centre and answers its id. */
  public String referral(String centreId, String payerId) {
    var scheduler = "north".equals(centreId) ? "sam" : "sue";
    var reply = http.post("/api/referrals", Tokens.of(scheduler), referralJson(centreId, payerId));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getString("id");
  }

  /** A referral accepted by a clinician of the centre: answers the new episode's id. */
  public String episode(String centreId, String payerId) {
    var clinician = "north".equals(centreId) ? "clara" : "carl";
    var referral = referral(centreId, payerId);
    var reply = http.post("/api/referrals/" + referral + "/acceptance", Tokens.of(clinician), "{}");
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getString("id");
  }

  /** Records a baseline score as the centre's clinician; answers the assessment's id. */
  public String baseline(String episodeId, String clinician) {
    var reply =
        http.post(
            "/api/episodes/" + episodeId + "/assessments",
            Tokens.of(clinician),
            "{\"instrumentCode\": \"sdq-total\", \"timePoint\": \"baseline\", \"score\": 24}");
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getString("id");
  }

  /** Books a session with the clinician; answers the session's id. */
  public String session(String episodeId, String clinician) {
    var reply =
        http.post(
            "/api/episodes/" + episodeId + "/sessions", Tokens.of("sam"), sessionJson(clinician));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getString("id");
  }

  /**
   * A booked session that has already taken place: booked through the API (bookings must be in the
   * future), then moved back in time in the database, since tests cannot wait for it.
   */
  public String pastSession(String episodeId, String clinician) {
    var id = session(episodeId, clinician);
    Database.execute(
        "update therapy_session set starts_at = starts_at - interval '60 days',"
            + " ends_at = ends_at - interval '60 days' where id = '"
            + UUID.fromString(id)
            + "'");
    return id;
  }

  /** A session body at a distinct future hour, so bookings in one run never overlap. */
  public static String sessionJson(String clinician) {
    var start =
        OffsetDateTime.now(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.HOURS)
            .plusDays(30)
            .plusHours(2L * SLOT.incrementAndGet());
    return """
        {"clinicianId": "%s", "startsAt": "%s", "durationMinutes": 60}
        """
        .formatted(clinician, start);
  }
}
