package care.dyad.staff.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where Keycloak is and how this system signs in to its Admin API: a confidential client with a
 * service account, whose secret comes from the environment only (never from code or logs).
 */
@ApplicationScoped
public class KeycloakSettings {

  /** The URL browsers and payers use, e.g. for the token endpoint named in payer credentials. */
  public String publicUrl() {
    return env("KEYCLOAK_URL", "http://localhost:8180");
  }

  /** The URL this server reaches the Admin API on; the public one unless set apart. */
  public String adminUrl() {
    return env("KEYCLOAK_ADMIN_URL", publicUrl());
  }

  public String realm() {
    return env("KEYCLOAK_REALM", "dyadcare");
  }

  public String adminClientId() {
    return env("DYADCARE_KEYCLOAK_ADMIN_CLIENT", "dyadcare-admin");
  }

  /** The admin client's secret, or null when administration is not configured. */
  public String adminClientSecret() {
    return env("DYADCARE_KEYCLOAK_ADMIN_SECRET", null);
  }

  public String tokenUrl() {
    return publicUrl() + "/realms/" + realm() + "/protocol/openid-connect/token";
  }

  private static String env(String name, String fallback) {
    var value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
