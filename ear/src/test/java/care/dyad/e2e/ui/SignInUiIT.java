package care.dyad.e2e.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.Browser;
import care.dyad.e2e.support.EndToEnd;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Who gets into the staff application, what their navigation offers, and signing out. */
class SignInUiIT extends EndToEnd {

  @Test
  void aPayerUserIsTurnedAwayAndSignedOutAgain() {
    try (var browser = Browser.open(deploymentUrl)) {
      browser.home();
      browser.typeCredentials("paula");
      browser.waitForText(By.cssSelector("main h1"), "This application is for centre staff");
      assertTrue(browser.all(By.cssSelector("#nav a")).isEmpty(), "no navigation for a payer");
      browser.screenshot("payer-refused");
      // Her Keycloak session was ended: signing in starts from the password form again.
      browser.press(browser.find(By.tagName("main")), "Sign in");
      browser.find(By.id("username"));
    }
  }

  @Test
  void aSchedulerCannotReachAssessmentPages() {
    var episode = fixtures.treatedEpisode("north", "northwind");
    try (var browser = Browser.open(deploymentUrl).signIn("sam")) {
      var nav = browser.find(By.id("nav")).getText();
      assertTrue(nav.contains("Waiting list") && nav.contains("Calendar"), nav);
      assertTrue(!nav.contains("Staff") && !nav.contains("My day"), nav);

      browser.go("/episodes/" + episode + "/assessments/new");
      assertEquals("Not available for your role", browser.heading());
      assertTrue(browser.all(By.cssSelector("[data-test='assessment-form']")).isEmpty());

      browser.go("/episodes/" + episode + "/outcomes");
      assertEquals("Not available for your role", browser.heading());

      // The episode page itself shows no diagnosis and no assessment links to a scheduler.
      browser.go("/episodes/" + episode);
      var text = browser.pageText();
      assertTrue(!text.contains("6B44") && !text.contains("Record an assessment"), text);
    }
  }

  @Test
  void signingOutEndsTheSession() {
    try (var browser = Browser.open(deploymentUrl).signIn("ada")) {
      assertTrue(browser.find(By.id("nav")).getText().contains("Payer partners"));
      browser.press(browser.find(By.id("who")), "Sign out");
      browser.waitForText(By.cssSelector("main h1"), "You have signed out");
      browser.press(browser.find(By.tagName("main")), "Sign in");
      // Keycloak asks for the password again: its session ended, not only the page's.
      browser.find(By.id("username"));
    }
  }
}
