package care.dyad.referral.boundary;

import care.dyad.referral.control.DyadRegistry;
import care.dyad.referral.control.ReferralRepository;
import care.dyad.referral.entity.Referral;
import care.dyad.referral.entity.ReferralSource;
import care.dyad.referral.entity.Relationship;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.control.Directory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Registering and reading referrals: intake work for schedulers and clinicians of a centre. */
@Stateless
@RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER})
public class Referrals {

  @Inject CurrentCaller caller;
  @Inject Directory directory;
  @Inject DyadRegistry dyads;
  @Inject ReferralRepository repository;

  public ReferralView register(NewReferral request) {
    var who = caller.get();
    var centreId = directory.centreFor(who, request.centreId());
    var source = Codes.parse(ReferralSource.class, request.source(), "source");
    var relationship =
        Codes.parse(
            Relationship.class, request.caregiver().relationship(), "caregiver.relationship");
    var payer = directory.activePayer(request.payerId());
    var child = request.child();
    var dyad =
        dyads.dyadFor(
            centreId,
            child.identifier().trim(),
            child.givenName().trim(),
            child.familyName().trim(),
            child.birthDate(),
            request.caregiver().name().trim(),
            relationship);
    var referral =
        new Referral(
            dyad,
            source,
            request.reason().trim(),
            request.safeguardingConcern(),
            payer.id(),
            request.memberId().trim(),
            who.subject(),
            Instant.now());
    repository.add(referral);
    return ReferralView.of(referral);
  }

  public ReferralView find(UUID id) {
    return repository
        .find(id, caller.get().centres())
        .map(ReferralView::of)
        .orElseThrow(() -> DomainException.notFound("Referral", id));
  }

  public List<ReferralView> inMyCentres() {
    return repository.inCentres(caller.get().centres()).stream().map(ReferralView::of).toList();
  }
}
