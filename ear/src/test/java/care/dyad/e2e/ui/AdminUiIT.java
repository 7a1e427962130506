package care.dyad.e2e.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.Browser;
import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.KeycloakDirect;
import care.dyad.e2e.support.Tokens;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A centre admin's pages in the browser, and what a member of staff sees when the admin changes
 * their access mid-form: a new sign-in, with what they had typed still there.
 */
class AdminUiIT extends EndToEnd {

  @Test
  void addsAPersonAndSeesEveryAdminPage() {
    var username = "uikim" + ThreadLocalRandom.current().nextInt(100_000);
    try (var browser = Browser.open(deploymentUrl).signIn("ada")) {
      assertEquals("Staff", browser.heading().substring(0, 5));
      var add = browser.testId("add-staff");
      browser.type(add, "Username", username);
      browser.type(add, "First name", "Kim");
      browser.type(add, "Last name", "Browser");
      browser.type(add, "Email", username + "@centre.example");
      browser.press(add, "Add member of staff");
      var secret = browser.testId("initial-password");
      assertFalse(secret.getText().isBlank());
      assertTrue(KeycloakDirect.user(username).isPresent(), "the account exists in Keycloak");
      browser.waitForText(By.cssSelector("[data-test='staff']"), username);
      browser.screenshot("admin-staff");

      for (var page : new String[] {"rooms", "catalogues", "payers", "deliveries"}) {
        browser.go("/admin/" + page);
        browser.testId(page.equals("catalogues") ? "instruments" : page);
        browser.screenshot("admin-" + page);
      }
    }
  }

  @Test
  void aChangedAccountSignsInAgainAndKeepsTheHalfFilledForm() {
    var username = "uizoe" + ThreadLocalRandom.current().nextInt(100_000);
    var created =
        http.post(
            "/api/admin/staff",
            Tokens.of("ada"),
            """
            {"username": "%s", "firstName": "Zoe", "lastName": "Form", "email": "%s@centre.example",
             "role": "clinician", "centres": ["north"]}
            """
                .formatted(username, username));
    assertEquals(201, created.status(), created::toString);
    var initialPassword = created.json().getString("initialPassword");
    var password = "chosen-" + username;

    try (var browser =
        Browser.open(deploymentUrl).firstSignIn(username, initialPassword, password)) {
      browser.go("/referrals/new");
      var form = browser.find(By.cssSelector("form[data-draft='referral-new']"));
      browser.type(form, "Given name", "Halfway");
      browser.type(form, "Family name", "Typed");

      // The admin changes the account meanwhile: its tokens and Keycloak sessions end at once.
      var change =
          http.put(
              "/api/admin/staff/" + username + "/access",
              Tokens.of("ada"),
              "{\"role\": \"clinician\", \"centres\": [\"north\"]}");
      assertEquals(200, change.status(), change::toString);

      browser.press(form, "Register referral");
      browser.typeCredentials(username, password);
      browser.waitForText(By.id("notices"), "what you had typed is back");
      var restored = browser.find(By.cssSelector("form[data-draft='referral-new']"));
      assertEquals("Halfway", browser.field(restored, "Given name").getAttribute("value"));
      assertEquals("Typed", browser.field(restored, "Family name").getAttribute("value"));
    }
  }
}
