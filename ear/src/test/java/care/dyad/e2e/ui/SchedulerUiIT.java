package care.dyad.e2e.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.Browser;
import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.Fixtures;
import care.dyad.e2e.support.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A scheduler's day in the browser: the waiting list, booking a series that clashes (the clash is
 * shown in place and nothing is booked), then a series that fits, the calendar and follow-up.
 * Clara's Tuesdays at 17:00 in February 2028 belong to this test alone.
 */
class SchedulerUiIT extends EndToEnd {

  @Test
  void bookingASeriesShowsTheClashInPlaceAndBooksNothingUntilItFits() {
    var episode = fixtures.treatedEpisode("north", "northwind");
    var other = fixtures.treatedEpisode("north", "northwind");
    // Clara is already with another family at the second date of the series.
    var clash =
        http.post(
            "/api/episodes/" + other + "/sessions",
            Tokens.of("sam"),
            "{\"clinicianId\": \"clara\", \"startsAt\": \"2028-02-08T17:00:00Z\","
                + " \"roomId\": \""
                + Fixtures.NORTH_ROOM_2
                + "\"}");
    assertEquals(201, clash.status(), clash::toString);

    try (var browser = Browser.open(deploymentUrl).signIn("sam")) {
      assertEquals("Waiting list", browser.heading());
      browser.testId("waiting-list");
      browser.screenshot("scheduler-waiting-list");

      browser.go("/episodes/" + episode + "/booking");
      var series = browser.testId("book-series");
      var choice = browser.find(By.cssSelector("main"));
      browser.chooseValue(choice, "Clinician", "clara");
      browser.chooseValue(choice, "Room or home visit", Fixtures.NORTH_ROOM_1);
      browser.set(series, "First session starts at", "2028-02-01T17:00");
      browser.type(series, "Number of sessions", "3");
      browser.type(series, "Days between sessions", "7");
      browser.press(series, "Book series");

      var conflicts = browser.testId("series-conflicts");
      browser.waitForText(By.cssSelector("[data-test='series-conflicts']"), "Session 2");
      assertTrue(conflicts.getText().contains("8 Feb 2028"), conflicts.getText());
      assertTrue(
          !conflicts.findElements(By.cssSelector(".alternatives button")).isEmpty(),
          "alternatives are offered: " + conflicts.getText());
      browser.screenshot("scheduler-series-conflict");
      var booked = http.get("/api/episodes/" + episode + "/sessions", Tokens.of("sam")).jsonArray();
      assertEquals(0, booked.size(), "all or nothing: no session was booked");

      // The first date is free: booked on its own, it fits.
      browser.type(series, "Number of sessions", "1");
      browser.press(series, "Book series");
      browser.until(d -> d.getCurrentUrl().endsWith("/episodes/" + episode));
      browser.waitForPage();
      browser.waitForText(By.cssSelector("[data-test='sessions']"), "1 of 10");
      browser.waitForText(By.cssSelector("[data-test='dose']"), "0 of 10");
      browser.screenshot("scheduler-episode");

      browser.go("/calendar?clinicianId=clara&from=2028-01-31");
      browser.waitForText(By.cssSelector("[data-test='week-calendar']"), "17:00");
      browser.screenshot("scheduler-calendar");
      browser.screenshot("scheduler-calendar-tablet", 820);

      browser.go("/episodes");
      browser.testId("episodes");
      browser.screenshot("scheduler-episodes");
      browser.go("/follow-up");
      browser.testId("overdue");
      browser.screenshot("scheduler-follow-up");
    }
  }
}
