package care.dyad.referral.boundary;

import care.dyad.audit.control.AuditedRecord;
import care.dyad.referral.entity.Consent;
import care.dyad.referral.entity.Referral;
import care.dyad.shared.Codes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A referral as intake staff and clinicians of its centre see it. */
public record ReferralView(
    UUID id,
    String centreId,
    String status,
    String source,
    String reason,
    String urgency,
    boolean safeguardingConcern,
    boolean developmentalConcern,
    String payerId,
    String memberId,
    Instant receivedAt,
    Instant decidedAt,
    String decisionReason,
    String redirectedTo,
    UUID dyadId,
    ChildView child,
    CaregiverView caregiver,
    List<ConsentView> consents,
    List<String> notices)
    implements AuditedRecord {

  public record ChildView(
      UUID id, String identifier, String givenName, String familyName, LocalDate birthDate) {}

  public record CaregiverView(UUID id, String name, String relationship) {}

  public record ConsentView(String kind, LocalDate givenOn, LocalDate withdrawnOn, boolean active) {

    static ConsentView of(Consent consent, LocalDate today) {
      return new ConsentView(
          Codes.of(consent.kind()),
          consent.givenOn(),
          consent.withdrawnOn(),
          consent.activeOn(today));
    }
  }

  /** The referral as of the centre's today (which consents are active). */
  static ReferralView of(Referral referral, List<Consent> consents, LocalDate today) {
    return of(referral, consents, today, List.of());
  }

  static ReferralView of(
      Referral referral, List<Consent> consents, LocalDate today, List<String> notices) {
    var dyad = referral.dyad();
    var child = dyad.child();
    return new ReferralView(
        referral.id(),
        referral.centreId(),
        Codes.of(referral.status()),
        Codes.of(referral.source()),
        referral.reason(),
        Codes.of(referral.urgency()),
        referral.safeguardingConcern(),
        referral.developmentalConcern(),
        referral.payerId(),
        referral.memberId(),
        referral.receivedAt(),
        referral.decidedAt(),
        referral.decisionReason(),
        referral.redirectedTo(),
        dyad.id(),
        new ChildView(
            child.id(),
            child.identifier(),
            child.givenName(),
            child.familyName(),
            child.birthDate()),
        new CaregiverView(
            dyad.caregiver().id(), dyad.caregiver().fullName(), Codes.of(dyad.relationship())),
        consents.stream().map(c -> ConsentView.of(c, today)).toList(),
        notices);
  }

  ReferralView withoutDecisionReason() {
    return new ReferralView(
        id,
        centreId,
        status,
        source,
        reason,
        urgency,
        safeguardingConcern,
        developmentalConcern,
        payerId,
        memberId,
        receivedAt,
        decidedAt,
        null,
        redirectedTo,
        dyadId,
        child,
        caregiver,
        consents,
        notices);
  }

  @Override
  public String auditType() {
    return "referral";
  }

  @Override
  public UUID auditId() {
    return id;
  }

  @Override
  public String auditCentreId() {
    return centreId;
  }

  @Override
  public UUID auditDyadId() {
    return dyadId;
  }
}
