package care.dyad.referral.boundary;

import care.dyad.audit.control.AuditedRecord;
import care.dyad.referral.entity.Referral;
import care.dyad.shared.Codes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** One open referral on the waiting list, with how long it has waited. */
public record WaitingListEntry(
    UUID referralId,
    String centreId,
    String childName,
    LocalDate childBirthDate,
    String source,
    String urgency,
    boolean safeguardingConcern,
    boolean developmentalConcern,
    Instant receivedAt,
    long daysWaiting)
    implements AuditedRecord {

  /** Days waited on the centre's calendar: from the day it was received there until today. */
  static WaitingListEntry of(Referral referral, ZoneId zone) {
    var child = referral.dyad().child();
    return new WaitingListEntry(
        referral.id(),
        referral.centreId(),
        child.givenName() + " " + child.familyName(),
        child.birthDate(),
        Codes.of(referral.source()),
        Codes.of(referral.urgency()),
        referral.safeguardingConcern(),
        referral.developmentalConcern(),
        referral.receivedAt(),
        ChronoUnit.DAYS.between(
            referral.receivedAt().atZone(zone).toLocalDate(), LocalDate.now(zone)));
  }

  @Override
  public String auditType() {
    return "referral";
  }

  @Override
  public UUID auditId() {
    return referralId;
  }

  @Override
  public String auditCentreId() {
    return centreId;
  }
}
