package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures;
import care.dyad.e2e.support.Http.Reply;
import care.dyad.e2e.support.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Scheduling to a defined dose. Each test books Nina in Playroom 2 in weeks of its own (2027), so
 * the tests never meet each other or the fixtures' bookings.
 */
class SchedulingIT extends EndToEnd {

  static final String WEEKDAYS_8_TO_6 =
      """
      {"centreId": "north", "blocks": [
        {"day": "monday", "start": "08:00", "end": "18:00"},
        {"day": "tuesday", "start": "08:00", "end": "18:00"},
        {"day": "wednesday", "start": "08:00", "end": "18:00"},
        {"day": "thursday", "start": "08:00", "end": "18:00"},
        {"day": "friday", "start": "08:00", "end": "18:00"}]}
      """;

  private static String at(String localDateTime) {
    return LocalDate.parse(localDateTime.substring(0, 10))
        .atTime(java.time.LocalTime.parse(localDateTime.substring(11)))
        .atZone(Fixtures.CENTRE_ZONE)
        .toOffsetDateTime()
        .toString();
  }

  private Reply book(String episode, String clinician, String room, String local, String extra) {
    var body =
        "{\"clinicianId\": \""
            + clinician
            + "\", \"startsAt\": \""
            + at(local)
            + "\""
            + (room == null ? ", \"homeVisit\": true" : ", \"roomId\": \"" + room + "\"")
            + (extra == null ? "" : ", " + extra)
            + "}";
    return http.post("/api/episodes/" + episode + "/sessions", Tokens.of("sam"), body);
  }

  /** Nina in Playroom 2, weekly from a local start. */
  private Reply weeklySeries(String episode, String firstLocal, int count) {
    return http.post(
        "/api/episodes/" + episode + "/sessions/series",
        Tokens.of("sam"),
        "{\"clinicianId\": \"nina\", \"roomId\": \""
            + Fixtures.NORTH_ROOM_2
            + "\", \"firstStartsAt\": \""
            + at(firstLocal)
            + "\", \"count\": "
            + count
            + ", \"intervalDays\": 7}");
  }

  private static void assertRefused(Reply reply, String... contains) {
    assertEquals(409, reply.status(), reply::toString);
    for (var text : contains) {
      assertTrue(
          reply.json().getString("detail").contains(text),
          () -> "expected '" + text + "' in " + reply);
    }
  }

  @Test
  void everyRefusalNamesItsConflict() {
    var e1 = fixtures.treatedEpisode("north", "northwind");
    var e2 = fixtures.treatedEpisode("north", "northwind");
    var first = book(e1, "nina", Fixtures.NORTH_ROOM_2, "2027-05-03T10:00", null);
    assertEquals(201, first.status(), first::toString);
    assertEquals(1, first.json().getInt("number"));
    assertEquals(10, first.json().getInt("of"));
    assertEquals("2027-05-03T10:00:00", first.json().getString("localStartsAt"));
    assertEquals("Europe/London", first.json().getString("timeZone"));

    assertRefused(
        book(e2, "nina", Fixtures.NORTH_ROOM_2, "2027-05-08T10:00", null),
        "outside nina's working hours",
        "Mon 08:00-18:00");
    assertRefused(
        book(e2, "nina", Fixtures.NORTH_ROOM_1, "2027-05-03T07:00", null),
        "outside nina's working hours");
    assertRefused(
        book(e2, "nina", Fixtures.NORTH_ROOM_1, "2027-05-03T10:30", null),
        "nina already has a session");
    assertRefused(
        book(e2, "clara", Fixtures.NORTH_ROOM_2, "2027-05-03T10:30", null), "Playroom 2 is booked");
    assertRefused(
        book(e1, "clara", Fixtures.NORTH_ROOM_1, "2027-05-03T10:30", null),
        "the dyad already has a session");

    var tooSoon = book(e1, "nina", Fixtures.NORTH_ROOM_2, "2027-05-05T10:00", null);
    assertRefused(tooSoon, "minimum interval of 6 days", "overrideIntervalReason");
    var overridden =
        book(
            e1,
            "nina",
            Fixtures.NORTH_ROOM_2,
            "2027-05-05T10:00",
            "\"overrideIntervalReason\": \"Family away next week\"");
    assertEquals(201, overridden.status(), overridden::toString);
    assertEquals("Family away next week", overridden.json().getString("intervalOverrideReason"));

    var notTreated = fixtures.episode("north", "northwind");
    assertRefused(
        book(notTreated, "nina", Fixtures.NORTH_ROOM_2, "2027-05-12T10:00", null),
        "in treatment",
        "open");

    // A home visit blocks the clinician's travel time (30 minutes each side) too.
    var e3 = fixtures.treatedEpisode("north", "northwind");
    var visit = book(e3, "nina", null, "2027-05-04T10:00", null);
    assertEquals(201, visit.status(), visit::toString);
    assertTrue(visit.json().getBoolean("homeVisit"));
    assertRefused(
        book(e2, "nina", Fixtures.NORTH_ROOM_1, "2027-05-04T11:15", null),
        "nina already has a session");
    assertEquals(201, book(e2, "nina", Fixtures.NORTH_ROOM_1, "2027-05-04T11:30", null).status());

    var both = book(e2, "nina", Fixtures.NORTH_ROOM_1, "2027-05-06T10:00", "\"homeVisit\": true");
    assertEquals(400, both.status(), both::toString);
  }

  @Test
  void bookingBeyondThePlannedDoseIsRefused() {
    var episode = fixtures.treatedEpisode("north", "northwind");
    var series = weeklySeries(episode, "2027-06-07T14:00", 10);
    assertEquals(201, series.status(), series::toString);
    var numbers = series.jsonArray().stream().map(s -> s.asJsonObject().getInt("number")).toList();
    assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), numbers);
    assertRefused(
        book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-08-16T14:00", null),
        "Beyond the dose: 10 of 10");

    var extended =
        http.post(
            "/api/episodes/" + episode + "/dose-extensions",
            Tokens.of("clara"),
            "{\"sessions\": 1, \"justification\": \"Illness mid-programme\"}");
    assertEquals(200, extended.status(), extended::toString);
    var eleventh = book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-08-16T14:00", null);
    assertEquals(201, eleventh.status(), eleventh::toString);
    assertEquals(11, eleventh.json().getInt("number"));
    assertEquals(11, eleventh.json().getInt("of"));
  }

  @Test
  void aSeriesIsAllOrNothingAndNamesEveryClashWithAlternatives() {
    var other = fixtures.treatedEpisode("north", "northwind");
    assertEquals(
        201, book(other, "nina", Fixtures.NORTH_ROOM_1, "2027-07-19T10:00", null).status());

    var episode = fixtures.treatedEpisode("north", "northwind");
    var body =
        "{\"clinicianId\": \"nina\", \"roomId\": \""
            + Fixtures.NORTH_ROOM_2
            + "\", \"firstStartsAt\": \""
            + at("2027-07-05T10:00")
            + "\", \"count\": 6, \"intervalDays\": 7}";
    var refused =
        http.post("/api/episodes/" + episode + "/sessions/series", Tokens.of("sam"), body);
    assertEquals(409, refused.status(), refused::toString);
    assertTrue(refused.json().getString("detail").contains("nothing was booked"));
    var conflicts = refused.json().getJsonArray("conflicts");
    assertEquals(1, conflicts.size(), refused::toString);
    var clash = conflicts.getJsonObject(0);
    assertEquals(3, clash.getInt("occurrence"));
    assertEquals("2027-07-19T10:00:00", clash.getString("localStartsAt"));
    assertTrue(clash.getJsonArray("problems").getString(0).contains("nina already has a session"));
    assertFalse(clash.getJsonArray("alternatives").isEmpty(), clash::toString);
    assertEquals(
        0, http.get("/api/episodes/" + episode + "/sessions", Tokens.of("sam")).jsonArray().size());

    var slots =
        http.get(
            "/api/episodes/"
                + episode
                + "/free-slots?clinicianId=nina&roomId="
                + Fixtures.NORTH_ROOM_2
                + "&from=2027-07-05&count=4",
            Tokens.of("sam"));
    assertEquals(200, slots.status(), slots::toString);
    var starts =
        slots.jsonArray().stream().map(s -> s.asJsonObject().getString("localStartsAt")).toList();
    assertEquals(4, starts.size());
    assertEquals("2027-07-05T08:00:00", starts.get(0));
    for (int i = 1; i < starts.size(); i++) {
      var gap =
          java.time.Duration.between(
              java.time.LocalDateTime.parse(starts.get(i - 1)),
              java.time.LocalDateTime.parse(starts.get(i)));
      assertTrue(gap.toDays() >= 6, starts::toString);
    }

    var tuesdays = body.replace(at("2027-07-05T10:00"), at("2027-07-06T10:00"));
    assertEquals(
        201,
        http.post("/api/episodes/" + episode + "/sessions/series", Tokens.of("sam"), tuesdays)
            .status());
  }

  @Test
  void nothingIsScheduledBeyondTheBookingHorizon() {
    var episode = fixtures.treatedEpisode("north", "northwind");
    // Two years ahead by default: 2926 for 2026 is a typing slip, not a plan.
    var beyond = LocalDate.now(Fixtures.CENTRE_ZONE).plusYears(2).plusDays(7);
    var monday = beyond.with(java.time.DayOfWeek.MONDAY);
    assertHorizon(
        book(episode, "nina", Fixtures.NORTH_ROOM_2, monday + "T10:00", null), "startsAt");
    // A series that starts in reach but ends beyond it is refused whole.
    var series = weeklySeries(episode, monday.minusWeeks(4) + "T10:00", 6);
    assertHorizon(series, "firstStartsAt");
    assertTrue(series.json().getString("detail").contains("last session"), series::toString);
    assertEquals(
        0, http.get("/api/episodes/" + episode + "/sessions", Tokens.of("sam")).jsonArray().size());
    var booked =
        book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-09-13T10:00", null)
            .json()
            .getString("id");
    assertHorizon(
        http.post(
            "/api/sessions/" + booked + "/reschedule",
            Tokens.of("sam"),
            "{\"startsAt\": \"" + at(monday + "T10:00") + "\", \"reason\": \"by-family\"}"),
        "startsAt");
    assertEquals(
        "booked",
        http.get("/api/episodes/" + episode + "/sessions", Tokens.of("sam"))
            .jsonArray()
            .getJsonObject(0)
            .getString("status"));
    assertHorizon(
        http.get(
            "/api/episodes/"
                + episode
                + "/free-slots?clinicianId=nina&roomId="
                + Fixtures.NORTH_ROOM_2
                + "&from="
                + beyond,
            Tokens.of("sam")),
        "from");
    // Leave until 2126, or from the year 1 (a slip in startsAt), is refused too.
    assertHorizon(
        http.post(
            "/api/clinicians/nina/exceptions",
            Tokens.of("sam"),
            "{\"kind\": \"leave\", \"startsAt\": \"2027-10-04T08:00:00Z\","
                + " \"endsAt\": \"2126-10-04T08:00:00Z\"}"),
        "endsAt");
    var fromYearOne =
        http.post(
            "/api/clinicians/nina/exceptions",
            Tokens.of("sam"),
            "{\"kind\": \"leave\", \"startsAt\": \"0001-10-04T08:00:00Z\","
                + " \"endsAt\": \"2027-10-04T08:00:00Z\"}");
    assertEquals(400, fromYearOne.status(), fromYearOne::toString);
    assertEquals("startsAt", fromYearOne.firstErrorField(), fromYearOne::toString);
  }

  private static void assertHorizon(Reply reply, String field) {
    assertEquals(400, reply.status(), reply::toString);
    assertTrue(reply.json().getString("detail").contains("too far ahead"), reply::toString);
    assertEquals(field, reply.firstErrorField(), reply::toString);
  }

  @Test
  void reschedulingAndCancellingKeepTheHistory() {
    var episode = fixtures.treatedEpisode("north", "northwind");
    var booked =
        book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-09-06T10:00", null)
            .json()
            .getString("id");
    var moved =
        http.post(
            "/api/sessions/" + booked + "/reschedule",
            Tokens.of("sam"),
            "{\"startsAt\": \""
                + at("2027-09-07T11:00")
                + "\", \"reason\": \"by-family\", \"note\": \"Nursery trip\"}");
    assertEquals(200, moved.status(), moved::toString);
    assertEquals(booked, moved.json().getString("replacesId"));
    assertEquals(1, moved.json().getInt("number"));

    var history = http.get("/api/episodes/" + episode + "/sessions", Tokens.of("sam")).jsonArray();
    JsonObject original =
        history.stream()
            .map(v -> v.asJsonObject())
            .filter(s -> s.getString("id").equals(booked))
            .findFirst()
            .orElseThrow();
    assertEquals("rescheduled", original.getString("status"));
    assertEquals("by-family", original.getString("changeReason"));
    assertEquals("Nursery trip", original.getString("changeNote"));

    var noNote =
        http.post(
            "/api/sessions/" + moved.json().getString("id") + "/cancellation",
            Tokens.of("sam"),
            "{\"reason\": \"other\"}");
    assertEquals(400, noNote.status(), noNote::toString);
    var badReason =
        http.post(
            "/api/sessions/" + moved.json().getString("id") + "/cancellation",
            Tokens.of("sam"),
            "{\"reason\": \"weather\"}");
    assertEquals(400, badReason.status());
    assertTrue(
        badReason
            .json()
            .getString("detail")
            .contains("by-family, by-centre, clinician-unavailable, other"));
    var cancelled =
        http.post(
            "/api/sessions/" + moved.json().getString("id") + "/cancellation",
            Tokens.of("sam"),
            "{\"reason\": \"clinician-unavailable\"}");
    assertEquals("cancelled", cancelled.json().getString("status"));
    assertFalse(
        cancelled.json().containsKey("number"),
        "a cancelled booking no longer counts against the dose");
    assertEquals(
        201,
        book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-09-07T11:00", null).status(),
        "cancelling frees the time");
  }

  @Test
  void doseArithmeticAtRiskAndOverdueRemeasurements() {
    var episode = fixtures.treatedEpisode("north", "northwind");
    fixtures.baseline(episode, "clara");
    var past = IntStream.range(0, 5).mapToObj(i -> fixtures.pastSession(episode, "clara")).toList();
    for (int i = 0; i < 5; i++) {
      var outcome =
          i < 3
              ? "{\"outcome\": \"attended\", \"caregiverPresent\": true, \"childPresent\": true}"
              : "{\"outcome\": \"did-not-attend\"}";
      var reply =
          http.post("/api/sessions/" + past.get(i) + "/outcome", Tokens.of("clara"), outcome);
      assertEquals(200, reply.status(), reply::toString);
    }
    fixtures.session(episode, "clara", "catch-up");
    var dose = http.get("/api/episodes/" + episode + "/dose", Tokens.of("sam")).json();
    assertEquals(10, dose.getInt("planned"));
    assertEquals(1, dose.getInt("booked"));
    assertEquals(3, dose.getInt("delivered"));
    assertEquals(7, dose.getInt("remaining"));
    assertNotNull(dose.getString("projectedEnd"));
    assertTrue(dose.getBoolean("atRisk"));
    assertEquals("two consecutive did-not-attends", dose.getString("atRiskReason"));
    var listed =
        http.get("/api/episodes/at-risk", Tokens.of("sam")).jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("episodeId").equals(episode))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the at-risk list names the episode"));
    assertEquals("two consecutive did-not-attends", listed.getString("atRiskReason"));
    assertEquals(3, listed.getInt("delivered"));
    assertEquals(10, listed.getInt("authorised"));
    assertFalse(
        http.get("/api/episodes/at-risk", Tokens.of("sue")).body().contains(episode),
        "another centre's scheduler does not see it");

    var done = fixtures.treatedEpisode("north", "northwind");
    fixtures.baseline(done, "clara");
    for (int i = 0; i < 5; i++) {
      var session = fixtures.pastSession(done, "clara");
      http.post(
          "/api/sessions/" + session + "/outcome",
          Tokens.of("clara"),
          "{\"outcome\": \"attended\", \"caregiverPresent\": true, \"childPresent\": true}");
    }
    var overdue = http.get("/api/remeasurements/overdue", Tokens.of("sam"));
    assertTrue(
        overdue.jsonArray().stream()
            .map(v -> v.asJsonObject())
            .anyMatch(
                m ->
                    m.getString("episodeId").equals(done)
                        && m.getString("timePoint").equals("mid")),
        overdue::toString);
    http.post(
        "/api/episodes/" + done + "/assessments",
        Tokens.of("clara"),
        "{\"instrumentCode\": \"sdq-total\", \"timePoint\": \"mid\", \"score\": 18}");
    assertFalse(http.get("/api/remeasurements/overdue", Tokens.of("sam")).body().contains(done));
    var mid =
        http.get("/api/episodes/" + done + "/dose", Tokens.of("sam"))
            .json()
            .getJsonArray("remeasurements")
            .getJsonObject(0);
    assertEquals("recorded", mid.getString("status"));
  }

  @Test
  void bookingsAcrossADaylightSavingChangeKeepTheirWallClockTime() {
    var episode = fixtures.treatedEpisode("north", "northwind");
    var series = weeklySeries(episode, "2027-03-15T10:00", 4);
    assertEquals(201, series.status(), series::toString);
    var sessions = series.jsonArray().stream().map(v -> v.asJsonObject()).toList();
    assertEquals(
        java.util.List.of(
            "2027-03-15T10:00:00",
            "2027-03-22T10:00:00",
            "2027-03-29T10:00:00",
            "2027-04-05T10:00:00"),
        sessions.stream().map(s -> s.getString("localStartsAt")).toList());
    // Clocks go forward on 28 March 2027: the same 10:00 is an hour earlier in UTC.
    assertEquals("2027-03-22T10:00:00Z", sessions.get(1).getString("startsAt"));
    assertEquals("2027-03-29T09:00:00Z", sessions.get(2).getString("startsAt"));
  }

  @Test
  void availabilityIsEditedBySchedulersAndBlocksBookings() {
    assertEquals(
        403, http.put("/api/clinicians/nina/hours", Tokens.of("clara"), WEEKDAYS_8_TO_6).status());
    var hours = http.put("/api/clinicians/nina/hours", Tokens.of("sam"), WEEKDAYS_8_TO_6);
    assertEquals(200, hours.status(), hours::toString);
    assertEquals(5, hours.jsonArray().size());
    var badDay =
        http.put(
            "/api/clinicians/nina/hours",
            Tokens.of("sam"),
            WEEKDAYS_8_TO_6.replace("friday", "funday"));
    assertEquals(400, badDay.status());
    assertEquals("blocks[4].day", badDay.firstErrorField(), badDay::toString);
    var backwards =
        http.put(
            "/api/clinicians/nina/hours",
            Tokens.of("sam"),
            WEEKDAYS_8_TO_6.replace(
                "\"tuesday\", \"start\": \"08:00\"", "\"tuesday\", \"start\": \"19:00\""));
    assertEquals(400, backwards.status(), backwards::toString);
    assertTrue(
        backwards
            .json()
            .getString("detail")
            .contains("blocks[1] must end after it starts; it runs 19:00 to 18:00."),
        backwards::toString);
    var overlapping =
        http.put(
            "/api/clinicians/nina/hours",
            Tokens.of("sam"),
            WEEKDAYS_8_TO_6.replace(
                "{\"day\": \"friday\", \"start\": \"08:00\", \"end\": \"18:00\"}",
                "{\"day\": \"monday\", \"start\": \"17:00\", \"end\": \"19:00\"}"));
    assertEquals(400, overlapping.status(), overlapping::toString);
    assertTrue(
        overlapping.json().getString("detail").contains("blocks[4] overlaps blocks[0] on monday"),
        overlapping::toString);
    assertEquals(5, http.get("/api/clinicians/nina/hours", Tokens.of("sam")).jsonArray().size());
    assertEquals(404, http.get("/api/clinicians/carl/hours", Tokens.of("sam")).status());

    // A booking first, so the server holds nina's hours and absences as they were before the
    // leave: the leave must still refuse the next booking.
    var episode = fixtures.treatedEpisode("north", "northwind");
    assertEquals(
        201, book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-09-27T10:00", null).status());
    var leave =
        http.post(
            "/api/clinicians/nina/exceptions",
            Tokens.of("sam"),
            "{\"kind\": \"leave\", \"startsAt\": \""
                + at("2027-10-04T00:00")
                + "\", \"endsAt\": \""
                + at("2027-10-09T00:00")
                + "\"}");
    assertEquals(201, leave.status(), leave::toString);
    assertRefused(
        book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-10-06T10:00", null),
        "nina is away (leave)");

    var room =
        http.post(
            "/api/rooms",
            Tokens.of("sam"),
            "{\"name\": \"Sensory room " + System.nanoTime() + "\"}");
    assertEquals(201, room.status(), room::toString);
    assertEquals("north", room.json().getString("centreId"));
  }

  @Test
  void daysAndWeeksPerClinicianAndPerRoom() {
    var episode = fixtures.treatedEpisode("north", "northwind");
    var id =
        book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-11-02T13:00", null)
            .json()
            .getString("id");
    var week = http.get("/api/schedule?clinicianId=nina&from=2027-11-01&days=7", Tokens.of("sam"));
    assertEquals(200, week.status(), week::toString);
    var entry =
        week.jsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(e -> e.getString("sessionId").equals(id))
            .findFirst()
            .orElseThrow();
    assertEquals("2027-11-02T13:00:00", entry.getString("localStartsAt"));
    var day =
        http.get(
            "/api/schedule?roomId=" + Fixtures.NORTH_ROOM_2 + "&from=2027-11-02&days=1",
            Tokens.of("sam"));
    assertTrue(day.body().contains(id), day::toString);
    assertFalse(
        http.get(
                "/api/schedule?roomId=" + Fixtures.NORTH_ROOM_2 + "&from=2027-11-03&days=1",
                Tokens.of("sam"))
            .body()
            .contains(id));
    assertEquals(
        400,
        http.get("/api/schedule?clinicianId=nina&roomId=" + Fixtures.NORTH_ROOM_2, Tokens.of("sam"))
            .status());
    // An empty calendar means a free one: a mistyped name, another centre's clinician or room, or
    // someone who is not a clinician is refused, not shown as a free week.
    for (var query :
        List.of(
            "clinicianId=nnia",
            "clinicianId=carl",
            "clinicianId=sam",
            "roomId=" + Fixtures.SOUTH_ROOM,
            "roomId=" + UUID.randomUUID())) {
      var refused = http.get("/api/schedule?" + query + "&days=7", Tokens.of("sam"));
      assertEquals(400, refused.status(), refused::toString);
      assertEquals(
          query.substring(0, query.indexOf('=')), refused.firstErrorField(), refused::toString);
    }
  }

  @Test
  void aWeeklyProgrammeAcrossTheClockChangeIsSevenDaysApart() {
    var episode = fixtures.episode("north", "northwind");
    for (var step : new String[] {"assessing", "plan", "in-treatment"}) {
      var reply =
          step.equals("plan")
              ? http.put(
                  "/api/episodes/" + episode + "/care-plan",
                  Tokens.of("clara"),
                  "{\"programmeCode\": \"vig\"}")
              : http.post(
                  "/api/episodes/" + episode + "/transitions",
                  Tokens.of("clara"),
                  "{\"to\": \"" + step + "\", \"reason\": \"x\"}");
      assertEquals(200, reply.status(), reply::toString);
    }
    // Video Interaction Guidance: at least 7 days apart. 10:00 on 22 and 29 March 2027 is a
    // week of calendar days, though only 167 hours because the clocks go forward in between.
    assertEquals(
        201, book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-03-22T15:00", null).status());
    var week = book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-03-29T15:00", null);
    assertEquals(201, week.status(), week::toString);
  }

  @Test
  void aLateCancellationFreesTheSlotAndClosingCancelsWhatIsAhead() {
    var episode = fixtures.treatedEpisode("north", "northwind");
    var first =
        book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-12-06T10:00", null)
            .json()
            .getString("id");
    var notAnOutcome =
        http.post(
            "/api/sessions/" + first + "/outcome", Tokens.of("clara"), "{\"outcome\": \"booked\"}");
    assertEquals(400, notAnOutcome.status(), notAnOutcome::toString);
    assertTrue(
        notAnOutcome
            .json()
            .getString("detail")
            .contains("outcome must be one of attended, did-not-attend, cancelled-late"),
        notAnOutcome::toString);
    var late =
        http.post(
            "/api/sessions/" + first + "/outcome",
            Tokens.of("clara"),
            "{\"outcome\": \"cancelled-late\"}");
    assertEquals("cancelled-late", late.json().getString("status"), late::toString);
    var other = fixtures.treatedEpisode("north", "northwind");
    var freed = book(other, "nina", Fixtures.NORTH_ROOM_2, "2027-12-06T10:00", null);
    assertEquals(201, freed.status(), freed::toString);

    var ahead =
        book(episode, "nina", Fixtures.NORTH_ROOM_2, "2027-12-13T10:00", null)
            .json()
            .getString("id");
    // A closed episode's dose is settled: a session that took place needs its outcome first.
    var past = fixtures.pastSession(episode, "clara");
    var withdrawal = "{\"to\": \"withdrawn\", \"reason\": \"Family moved away\"}";
    var unrecorded =
        http.post("/api/episodes/" + episode + "/transitions", Tokens.of("clara"), withdrawal);
    assertEquals(409, unrecorded.status(), unrecorded::toString);
    assertTrue(unrecorded.body().contains("Record the outcome"), unrecorded::toString);
    assertEquals(
        "in-treatment",
        http.get("/api/episodes/" + episode, Tokens.of("clara")).json().getString("status"));
    var notCome =
        http.post(
            "/api/sessions/" + past + "/outcome",
            Tokens.of("clara"),
            "{\"outcome\": \"did-not-attend\"}");
    assertEquals(200, notCome.status(), notCome::toString);
    var withdrawn =
        http.post("/api/episodes/" + episode + "/transitions", Tokens.of("clara"), withdrawal);
    assertEquals(200, withdrawn.status(), withdrawn::toString);
    var cancelled =
        http.get("/api/episodes/" + episode + "/sessions", Tokens.of("sam")).jsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(s -> s.getString("id").equals(ahead))
            .findFirst()
            .orElseThrow();
    assertEquals("cancelled", cancelled.getString("status"));
    assertEquals("by-centre", cancelled.getString("changeReason"));
    assertEquals(
        201,
        book(
                other,
                "nina",
                Fixtures.NORTH_ROOM_2,
                "2027-12-13T10:00",
                "\"overrideIntervalReason\": \"x\"")
            .status());
    assertEquals(
        400,
        http.get(
                "/api/episodes/" + other + "/free-slots?clinicianId=nina&count=many",
                Tokens.of("sam"))
            .status());
    // Nothing before today can be booked: a search from a past day searches from today.
    var fromThePast =
        http.get(
            "/api/episodes/"
                + other
                + "/free-slots?clinicianId=nina&roomId="
                + Fixtures.NORTH_ROOM_2
                + "&from=2020-01-06&count=2",
            Tokens.of("sam"));
    assertEquals(200, fromThePast.status(), fromThePast::toString);
    assertEquals(2, fromThePast.jsonArray().size(), fromThePast::toString);
  }
}
