package care.dyad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.e2e.support.Database;
import care.dyad.e2e.support.EndToEnd;
import care.dyad.e2e.support.KeycloakDirect;
import care.dyad.e2e.support.KeycloakProxy;
import care.dyad.e2e.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Centre admins manage staff accounts in the real Keycloak, through this system's API. */
class StaffAdministrationIT extends EndToEnd {

  private static final String STAFF = "/api/admin/staff";

  @AfterEach
  void keycloakIsBack() {
    KeycloakProxy.get().pass();
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String staffJson(String username, String role, String centres) {
    return """
        {"username": "%s", "firstName": "Kim", "lastName": "Test", "email": "%s@centre.example",
         "role": "%s", "centres": [%s]}
        """
        .formatted(username, username, role, centres);
  }

  /** Creates an account as ada and answers the password its holder chose at the first sign-in. */
  private String create(String username, String role) {
    var reply = http.post(STAFF, Tokens.of("ada"), staffJson(username, role, "\"north\""));
    assertEquals(201, reply.status(), reply::toString);
    assertEquals(username, reply.json().getJsonObject("staff").getString("username"));
    return firstSignIn(username, reply.json().getString("initialPassword"));
  }

  /**
   * The initial password is temporary: alone it gets no token ("account not fully set up"), so the
   * admin who read it out cannot use the account. Its holder chooses a password of their own.
   */
  private static String firstSignIn(String username, String initialPassword) {
    assertEquals(400, Tokens.loginStatus(username, initialPassword), "a temporary password");
    var chosen = "chosen-" + java.util.UUID.randomUUID();
    KeycloakDirect.choosePassword(username, chosen);
    return chosen;
  }

  @Test
  void createdClinicianSignsInUsesTheApiAndIsBookable() {
    var username = unique("kim");
    var password = create(username, "clinician");

    var token = Tokens.login(username, password);
    var episodes = http.get("/api/episodes", token);
    assertEquals(200, episodes.status(), episodes::toString);
    var hours =
        http.put(
            "/api/clinicians/" + username + "/hours",
            Tokens.of("sam"),
            "{\"blocks\": [{\"day\": \"monday\", \"start\": \"09:00\", \"end\": \"17:00\"}]}");
    assertEquals(200, hours.status(), "a new clinician is a bookable resource: " + hours);
    var listed = http.get(STAFF, Tokens.of("ada"));
    assertTrue(listed.body().contains("\"" + username + "\""), listed::toString);
    var audit = Database.column("select action from audit_event where action = 'staff.create'");
    assertFalse(audit.isEmpty(), "creating an account is audited");
  }

  @Test
  void demotedClinicianIsRefusedWithTheOldTokenAndGetsTheNewRoleOnSignIn() throws Exception {
    var username = unique("dan");
    var password = create(username, "clinician");
    var episode = fixtures.episode("north", "northwind");
    var old = Tokens.login(username, password);
    assertEquals(200, http.get("/api/episodes/" + episode + "/assessments", old).status());

    var demoted =
        http.put(
            STAFF + "/" + username + "/access",
            Tokens.of("ada"),
            "{\"role\": \"scheduler\", \"centres\": [\"north\"]}");
    assertEquals(200, demoted.status(), demoted::toString);

    var refused = http.get("/api/episodes", old);
    assertEquals(401, refused.status(), refused::toString);
    assertTrue(refused.body().contains("sign in again"), refused::toString);
    Thread.sleep(1100); // tokens issued in the second of the change are refused too
    var fresh = Tokens.login(username, password);
    assertEquals(200, http.get("/api/episodes", fresh).status());
    assertEquals(403, http.get("/api/episodes/" + episode + "/assessments", fresh).status());
  }

  @Test
  void disabledAccountIsRefusedAtOnceAndCannotSignIn() {
    var username = unique("dora");
    var password = create(username, "scheduler");
    var token = Tokens.login(username, password);
    assertEquals(200, http.get("/api/episodes", token).status());

    var disabled = http.post(STAFF + "/" + username + "/disablement", Tokens.of("ada"), "");
    assertEquals(200, disabled.status(), disabled::toString);
    assertFalse(disabled.json().getBoolean("active"));

    var refused = http.get("/api/episodes", token);
    assertEquals(401, refused.status(), refused::toString);
    assertTrue(refused.body().contains("disabled"), refused::toString);
    assertTrue(Tokens.loginStatus(username, password) >= 400, "Keycloak refuses the login too");
  }

  @Test
  void openedCentreGetsItsGroupAndItsAdminCanStaffIt() {
    var centre = unique("c");
    var opened =
        http.post(
            "/api/admin/centres",
            Tokens.of("ada"),
            "{\"id\": \"" + centre + "\", \"name\": \"East\", \"timeZone\": \"Europe/Dublin\"}");
    assertEquals(201, opened.status(), opened::toString);
    assertTrue(KeycloakDirect.groupExists("/centres/" + centre));

    var adminWithNewCentre = Tokens.login("ada", "demo");
    var username = unique("east");
    var reply =
        http.post(
            STAFF, adminWithNewCentre, staffJson(username, "scheduler", "\"" + centre + "\""));
    assertEquals(201, reply.status(), reply::toString);
    var token =
        Tokens.login(username, firstSignIn(username, reply.json().getString("initialPassword")));
    assertEquals(200, http.get("/api/rooms", token).status());
    var badZone =
        http.post(
            "/api/admin/centres",
            Tokens.of("ada"),
            "{\"id\": \"" + unique("z") + "\", \"name\": \"Z\", \"timeZone\": \"Mars/Olympus\"}");
    assertEquals(400, badZone.status(), badZone::toString);
    // A centre's id becomes part of FHIR ids (Organization/centre-<id>), which allow no '_'.
    var underscore =
        http.post(
            "/api/admin/centres",
            Tokens.of("ada"),
            "{\"id\": \"north_east\", \"name\": \"NE\", \"timeZone\": \"Europe/London\"}");
    assertEquals(400, underscore.status(), underscore::toString);
    assertEquals("id", underscore.firstErrorField());
  }

  @Test
  void duplicateEmailIsAConflictAndCreatesNothing() {
    var username = unique("dup");
    var body =
        """
        {"username": "%s", "firstName": "Dup", "lastName": "Licate",
         "email": "clara@dyadcare.example", "role": "clinician", "centres": ["north"]}
        """
            .formatted(username);
    var reply = http.post(STAFF, Tokens.of("ada"), body);
    assertEquals(409, reply.status(), reply::toString);
    assertTrue(KeycloakDirect.user(username).isEmpty());
    assertEquals(1, KeycloakDirect.usersWithEmail("clara@dyadcare.example"));
  }

  @Test
  void badRequestsNameTheField() {
    var admin =
        http.post(STAFF, Tokens.of("ada"), staffJson(unique("x"), "centre-admin", "\"north\""));
    assertEquals(400, admin.status(), admin::toString);
    assertTrue(admin.body().contains("clinician or scheduler"), admin::toString);
    var otherCentre =
        http.post(STAFF, Tokens.of("ada"), staffJson(unique("x"), "clinician", "\"south\""));
    assertEquals(400, otherCentre.status(), "ada administers north only: " + otherCentre);
    var noEmail =
        http.post(
            STAFF,
            Tokens.of("ada"),
            "{\"username\": \"nomail\", \"firstName\": \"A\", \"lastName\": \"B\", \"role\": \"clinician\", \"centres\": [\"north\"]}");
    assertEquals(400, noEmail.status(), noEmail::toString);
    assertTrue(noEmail.body().contains("email is required"), noEmail::toString);
    var shortName = http.post(STAFF, Tokens.of("ada"), staffJson("jo", "clinician", "\"north\""));
    assertEquals(400, shortName.status(), shortName::toString);
    assertEquals("username", shortName.firstErrorField());
    // Keycloak's own rules, e.g. characters it forbids in names, come back as a 400 on the field.
    var keycloakRefusal =
        http.post(
            STAFF,
            Tokens.of("ada"),
            staffJson(unique("annie"), "clinician", "\"north\"")
                .replace("\"Kim\"", "\"Anne (Annie)\""));
    assertEquals(400, keycloakRefusal.status(), keycloakRefusal::toString);
    assertEquals("firstName", keycloakRefusal.firstErrorField());
    assertFalse(keycloakRefusal.body().contains("Annie"), "the value is not echoed");
    var unknown = http.post(STAFF + "/nobody-here/disablement", Tokens.of("ada"), "");
    assertEquals(404, unknown.status(), unknown::toString);
    var nina =
        http.put(
            STAFF + "/nina/access",
            Tokens.of("ada"),
            "{\"role\": \"scheduler\", \"centres\": [\"north\"]}");
    assertEquals(403, nina.status(), "nina also works in south, which ada does not administer");
    assertTrue(nina.body().contains("south"), nina::toString);
    assertEquals(403, http.post(STAFF + "/nina/disablement", Tokens.of("ada"), "").status());
  }

  @Test
  void keycloakUnavailableIsA503AndNothingIsCreated() {
    var username = unique("una");
    KeycloakProxy.get().down();
    var reply = http.post(STAFF, Tokens.of("ada"), staffJson(username, "clinician", "\"north\""));
    assertEquals(503, reply.status(), reply::toString);
    assertTrue(reply.body().contains("Keycloak"), reply::toString);
    KeycloakProxy.get().pass();
    assertTrue(
        Database.column("select username from staff_member where username = '" + username + "'")
            .isEmpty());
    assertTrue(KeycloakDirect.user(username).isEmpty());
  }

  @Test
  void keycloakStoppingMidRequestLeavesNothingUsableAndTheRetryCompletesIt() {
    var username = unique("mid");
    var body = staffJson(username, "clinician", "\"north\"");
    // Keycloak creates the user, then stops before it can answer.
    KeycloakProxy.get().stopAfter("POST /admin/realms/dyadcare/users ");
    var reply = http.post(STAFF, Tokens.of("ada"), body);
    assertEquals(503, reply.status(), reply::toString);
    KeycloakProxy.get().pass();

    assertTrue(
        Database.column("select username from staff_member where username = '" + username + "'")
            .isEmpty(),
        "no staff record without a complete account");
    var leftover = KeycloakDirect.user(username);
    assertTrue(
        leftover.isEmpty() || !leftover.get().getBoolean("enabled"),
        "whatever Keycloak kept cannot sign in: " + leftover);

    var retried = http.post(STAFF, Tokens.of("ada"), body);
    assertEquals(201, retried.status(), retried::toString);
    assertTrue(KeycloakDirect.user(username).orElseThrow().getBoolean("enabled"));
    assertEquals(1, KeycloakDirect.usersWithEmail(username + "@centre.example"));
    var token =
        Tokens.login(username, firstSignIn(username, retried.json().getString("initialPassword")));
    assertEquals(200, http.get("/api/episodes", token).status());
  }
}
