package care.dyad.staff.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What centre admins send and get back when they manage staff, centres and payer partners. */
public final class AdminRequests {

  private AdminRequests() {}

  // Keycloak's user profile wants usernames of at least 3 characters.
  static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,31}";
  static final String USERNAME_MESSAGE =
      "username must be 3–32 characters: lower-case letters, digits, '.', '_' or '-'";
  // Centre and payer ids become parts of FHIR ids (Organization/centre-<id>), which allow no '_'.
  static final String ID_PATTERN = "[a-z0-9][a-z0-9.-]{1,31}";
  static final String ID_MESSAGE =
      "id must be 2–32 characters: lower-case letters, digits, '.' or '-'";

  /** A new member of staff: a Keycloak account with one role in one or more of your centres. */
  public record NewStaffMember(
      @NotBlank(message = "username is required")
          @Pattern(regexp = USERNAME_PATTERN, message = USERNAME_MESSAGE)
          String username,
      @NotBlank(message = "firstName is required") @Size(max = 100) String firstName,
      @NotBlank(message = "lastName is required") @Size(max = 100) String lastName,
      @NotBlank(message = "email is required")
          @Email(message = "email must be an email address")
          @Size(max = 254)
          String email,
      @NotBlank(message = "role is required: clinician or scheduler") String role,
      @NotEmpty(message = "centres is required: one or more of your centres")
          List<@NotBlank String> centres) {}

  /** A staff member's new role and centres. */
  public record AccessChange(
      @NotBlank(message = "role is required: clinician or scheduler") String role,
      @NotEmpty(message = "centres is required: one or more of your centres")
          List<@NotBlank String> centres) {}

  /** A member of staff as admins see them. */
  public record StaffView(
      String username,
      String displayName,
      String email,
      String role,
      List<String> centres,
      boolean active) {}

  /** The answer to creating an account: the initial password is shown this once only. */
  public record Enrolment(StaffView staff, String initialPassword) {}

  /** A new centre; its id becomes the Keycloak group {@code /centres/<id>}. */
  public record NewCentre(
      @NotBlank(message = "id is required") @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
          String id,
      @NotBlank(message = "name is required") @Size(max = 200) String name,
      @NotBlank(message = "timeZone is required, e.g. Europe/London") String timeZone) {}

  public record CentreView(String id, String name, String timeZone) {}

  /** A new payer partner; its machine client becomes {@code payer-<id>}. */
  public record NewPayerPartner(
      @NotBlank(message = "id is required") @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
          String id,
      @NotBlank(message = "name is required") @Size(max = 200) String name) {}

  public record PayerPartnerView(String id, String name, boolean active, String clientId) {}

  /** Credentials for a payer's client: the secret is shown this once only. */
  public record PayerCredentials(
      String payerId, String clientId, String clientSecret, String tokenUrl) {}
}
