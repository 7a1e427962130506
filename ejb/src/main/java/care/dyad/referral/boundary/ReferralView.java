package care.dyad.referral.boundary;

import care.dyad.referral.entity.Referral;
import care.dyad.shared.Codes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A referral as intake staff and clinicians of its centre see it. */
public record ReferralView(
    UUID id,
    String centreId,
    String status,
    String source,
    String reason,
    boolean safeguardingConcern,
    String payerId,
    String memberId,
    Instant receivedAt,
    UUID dyadId,
    ChildView child,
    CaregiverView caregiver) {

  public record ChildView(
      UUID id, String identifier, String givenName, String familyName, LocalDate birthDate) {}

  public record CaregiverView(UUID id, String name, String relationship) {}

  static ReferralView of(Referral referral) {
    var dyad = referral.dyad();
    var child = dyad.child();
    return new ReferralView(
        referral.id(),
        referral.centreId(),
        Codes.of(referral.status()),
        Codes.of(referral.source()),
        referral.reason(),
        referral.safeguardingConcern(),
        referral.payerId(),
        referral.memberId(),
        referral.receivedAt(),
        dyad.id(),
        new ChildView(
            child.id(),
            child.identifier(),
            child.givenName(),
            child.familyName(),
            child.birthDate()),
        new CaregiverView(
            dyad.caregiver().id(), dyad.caregiver().fullName(), Codes.of(dyad.relationship())));
  }
}
