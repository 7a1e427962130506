package care.dyad.e2e.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.Browser;
import care.dyad.e2e.support.EndToEnd;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A clinician in the browser: records a baseline (after the server refuses a score off the scale,
 * by the field), a session's outcome and a re-measurement, and sees them on the outcome chart with
 * the clinical cut-off and the reliable-change band.
 */
class ClinicianUiIT extends EndToEnd {

  private static final String SDQ = "Strengths and Difficulties Questionnaire (total difficulties)";

  @Test
  void recordsABaselineAndARemeasurementAndSeesTheChart() {
    var episode = fixtures.treatedEpisode("north", "northwind");
    fixtures.pastSession(episode, "clara");

    try (var browser = Browser.open(deploymentUrl).signIn("clara")) {
      assertEquals("My day", browser.heading().substring(0, 6));
      browser.screenshot("clinician-my-day");

      record(browser, episode, "Baseline", "55");
      var score = browser.field(browser.testId("assessment-form"), "Score on the " + SDQ);
      browser.waitForText(By.id(score.getAttribute("id") + "-error"), "40");
      assertEquals("true", score.getAttribute("aria-invalid"));
      browser.screenshot("clinician-assessment-refused");
      score.clear();
      score.sendKeys("24");
      browser.press(browser.testId("assessment-form"), "Record score");
      browser.until(d -> d.getCurrentUrl().endsWith("/outcomes"));
      browser.waitForPage();

      browser.go("/episodes/" + episode);
      var head = browser.testId("episode-head");
      assertTrue(head.getText().contains("6B44"), head.getText());
      var sessions = browser.testId("sessions");
      browser.press(sessions, "Record outcome");
      var outcome = sessions.findElement(By.cssSelector("form"));
      browser.chooseValue(outcome, "Outcome", "attended");
      browser.press(outcome, "Save outcome");
      browser.waitForText(By.cssSelector("[data-test='dose']"), "1 of 10");
      browser.screenshot("clinician-episode");

      record(browser, episode, "Mid", "12");
      browser.until(d -> d.getCurrentUrl().endsWith("/outcomes"));
      browser.waitForPage();

      WebElement chart = browser.testId("outcome-chart-sdq-total");
      var svg = chart.findElement(By.tagName("svg"));
      var summary = svg.getAttribute("aria-label");
      assertTrue(summary.contains("24") && summary.contains("12"), summary);
      assertFalse(
          chart.findElements(By.cssSelector("line.cutoff")).isEmpty(),
          "the clinical cut-off is drawn");
      assertFalse(
          chart.findElements(By.cssSelector("rect.band")).isEmpty(),
          "the reliable-change band is drawn");
      assertTrue(chart.getText().contains("lower is better"), chart.getText());
      assertTrue(chart.getText().contains("Reliable improvement"), chart.getText());
      browser.screenshot("clinician-outcome-chart");
    }
  }

  private static void record(Browser browser, String episode, String timePoint, String score) {
    browser.go("/episodes/" + episode + "/assessments/new");
    var form = browser.testId("assessment-form");
    browser.chooseValue(form, "Instrument", "sdq-total");
    browser.choose(form, "Time point", timePoint);
    browser.type(form, "Score on the " + SDQ, score);
    browser.press(form, "Record score");
  }
}
