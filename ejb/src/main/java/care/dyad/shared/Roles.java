package care.dyad.shared;

/** Keycloak realm roles, as used in {@code @RolesAllowed}. */
public final class Roles {

  public static final String CLINICIAN = "clinician";
  public static final String SCHEDULER = "scheduler";
  public static final String PAYER = "payer";
  public static final String CENTRE_ADMIN = "centre-admin";

  private Roles() {}
}
