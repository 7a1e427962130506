package care.dyad.referral.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A referral as registered by intake staff.
 *
 * @param centreId may be omitted when the caller works in exactly one centre
 * @param urgency routine (default), soon or urgent
 * @param developmentalConcern a possible developmental condition; false when omitted
 */
public record NewReferral(
    @Size(max = 32) String centreId,
    @NotNull(message = "child is required") @Valid NewChild child,
    @NotNull(message = "caregiver is required") @Valid NewCaregiver caregiver,
    @NotBlank(message = "source is required") String source,
    @NotBlank(message = "reason is required") @Size(max = 4000) String reason,
    String urgency,
    @NotNull(message = "safeguardingConcern is required (true or false)")
        Boolean safeguardingConcern,
    Boolean developmentalConcern,
    @NotBlank(message = "payerId is required") @Size(max = 64) String payerId,
    @NotBlank(message = "memberId is required") @Size(max = 64) String memberId,
    @Valid Consents consents) {

  /**
   * The caregiver's consents at referral; either may be withdrawn later.
   *
   * @param givenOn the day they were given; today when omitted
   */
  public record Consents(
      boolean treatment,
      boolean outcomeSharing,
      @PastOrPresent(message = "consents.givenOn cannot be in the future") LocalDate givenOn) {}

  /** The child of the dyad; the identifier (e.g. a national health number) matches repeats. */
  public record NewChild(
      @NotBlank(message = "child.identifier is required") @Size(max = 64) String identifier,
      @NotBlank(message = "child.givenName is required") @Size(max = 200) String givenName,
      @NotBlank(message = "child.familyName is required") @Size(max = 200) String familyName,
      @NotNull(message = "child.birthDate is required (YYYY-MM-DD)")
          @Past(message = "child.birthDate must be in the past")
          LocalDate birthDate) {}

  /** The caregiver of the dyad and how they relate to the child. */
  public record NewCaregiver(
      @NotBlank(message = "caregiver.name is required") @Size(max = 200) String name,
      @NotBlank(message = "caregiver.relationship is required") String relationship) {}
}
