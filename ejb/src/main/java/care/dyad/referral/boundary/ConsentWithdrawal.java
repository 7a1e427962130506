package care.dyad.referral.boundary;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A caregiver withdrawing a consent.
 *
 * @param withdrawnOn the day it was withdrawn; today when omitted
 */
public record ConsentWithdrawal(
    @PastOrPresent(message = "withdrawnOn cannot be in the future") LocalDate withdrawnOn) {}
