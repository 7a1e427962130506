package care.dyad.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
    return session(episodeId, clinician, null);
  }

  /** Books a session; with a reason, despite the programme's minimum interval. */
  public String session(String episodeId, String clinician, String overrideIntervalReason) {
    var json = sessionJson(clinician);
    if (overrideIntervalReason != null) {
      json = json.replace("}", ", \"overrideIntervalReason\": \"" + overrideIntervalReason + "\"}");
    }
    var reply = http.post("/api/episodes/" + episodeId + "/sessions", Tokens.of("sam"), json);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getString("id");
  }

  /**
   * A booked session that has already taken place: booked through the API (bookings must be in the
   * future), then moved back in time in the database, since tests cannot wait for it.
   */
  public String pastSession(String episodeId, String clinician) {
    var id = session(episodeId, clinician, "past session for a test");
    Database.execute(
        "update therapy_session set starts_at = starts_at - interval '60 days',"
            + " ends_at = ends_at - interval '60 days' where id = '"
            + UUID.fromString(id)
            + "'");
    return id;
  }

  public static final String NORTH_ROOM_1 = "6f0c1a52-0000-4000-8000-000000000001";
  public static final String NORTH_ROOM_2 = "6f0c1a52-0000-4000-8000-000000000002";
  public static final String SOUTH_ROOM = "6f0c1a52-0000-4000-8000-000000000003";
  public static final ZoneId CENTRE_ZONE = ZoneId.of("Europe/London");

  /**
   * A session body at a distinct free hour: weekdays 09:00-16:00 centre time, from five weeks
   * ahead, one hour per call, so bookings made by the tests in one run never clash.
   */
  public static String sessionJson(String clinician) {
    var room = "carl".equals(clinician) ? SOUTH_ROOM : NORTH_ROOM_1;
    return """
        {"clinicianId": "%s", "startsAt": "%s", "durationMinutes": 60, "roomId": "%s"}
        """
        .formatted(clinician, nextSlot(), room);
  }

  /** The next distinct weekday hour, as an offset date-time in the centre's zone. */
  public static OffsetDateTime nextSlot() {
    var k = SLOT.getAndIncrement();
    var day = weekdayFrom(LocalDate.now(CENTRE_ZONE).plusDays(35));
    for (int i = 0; i < k / 8; i++) {
      day = weekdayFrom(day.plusDays(1));
    }
    return day.atTime(9 + k % 8, 0).atZone(CENTRE_ZONE).toOffsetDateTime();
  }

  private static LocalDate weekdayFrom(LocalDate day) {
    var weekday = day;
    while (weekday.getDayOfWeek().getValue() > 5) {
      weekday = weekday.plusDays(1);
    }
    return weekday;
  }

  /** A payer partner's machine client, as a centre admin registers it. */
  public record PayerClient(String payerId, String clientId, String secret) {
    public String token() {
      return Tokens.client(clientId, secret);
    }
  }

  /** Registers a new payer partner as ada and answers its client's credentials. */
  public PayerClient payerPartner() {
    var id = "p" + UUID.randomUUID().toString().substring(0, 8);
    var reply =
        http.post(
            "/api/admin/payer-partners",
            Tokens.of("ada"),
            "{\"id\": \"" + id + "\", \"name\": \"Eastcare " + id + "\"}");
    assertEquals(201, reply.status(), reply::toString);
    var json = reply.json();
    assertEquals("payer-" + id, json.getString("clientId"));
    assertTrue(
        json.getString("tokenUrl").endsWith("/realms/dyadcare/protocol/openid-connect/token"));
    return new PayerClient(id, json.getString("clientId"), json.getString("clientSecret"));
  }

  /** The caregiver withdraws consent to share outcomes with the payer, as of today. */
  public void withdrawOutcomeSharing(String episodeId) {
    var referral =
        http.get("/api/episodes/" + episodeId, Tokens.of("clara")).json().getString("referralId");
    var withdrawal =
        http.post(
            "/api/referrals/" + referral + "/consents/outcome-sharing/withdrawal",
            Tokens.of("clara"),
            "{}");
    assertEquals(200, withdrawal.status(), withdrawal::toString);
  }

  /** Records that a past session took place with caregiver and child, video reviewed. */
  public void attended(String sessionId, String clinician) {
    var reply =
        http.post(
            "/api/sessions/" + sessionId + "/outcome",
            Tokens.of(clinician),
            "{\"outcome\": \"attended\", \"caregiverPresent\": true, \"childPresent\": true,"
                + " \"videoUsed\": true}");
    assertEquals(200, reply.status(), reply::toString);
  }

  /** An episode in treatment on ABC (10 weekly sessions), ready for booking. */
  public String treatedEpisode(String centreId, String payerId) {
    var clinician = "north".equals(centreId) ? "clara" : "carl";
    var episode = episode(centreId, payerId);
    move(episode, clinician, "assessing");
    var plan =
        http.put(
            "/api/episodes/" + episode + "/care-plan",
            Tokens.of(clinician),
            "{\"programmeCode\": \"abc\", \"acknowledgeAgeWarning\": true}");
    assertEquals(200, plan.status(), plan::toString);
    move(episode, clinician, "in-treatment");
    return episode;
  }

  private void move(String episode, String clinician, String to) {
    var reply =
        http.post(
            "/api/episodes/" + episode + "/transitions",
            Tokens.of(clinician),
            "{\"to\": \"" + to + "\", \"reason\": \"test\"}");
    assertEquals(200, reply.status(), reply::toString);
  }
}
