package care.dyad.referral.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.referral.control.DyadRegistry;
import care.dyad.referral.control.ReferralRepository;
import care.dyad.referral.entity.Consent;
import care.dyad.referral.entity.ConsentKind;
import care.dyad.referral.entity.RedirectDestination;
import care.dyad.referral.entity.Referral;
import care.dyad.referral.entity.ReferralSource;
import care.dyad.referral.entity.Relationship;
import care.dyad.referral.entity.Urgency;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CentreCalendar;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.control.Directory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Referral intake and triage for the staff of a centre. */
@Stateless
public class Referrals {

  /** The age from which a person is no longer a child the centres see. */
  private static final int ADULTHOOD_YEARS = 18;

  @Inject CurrentCaller caller;
  @Inject Directory directory;
  @Inject DyadRegistry dyads;
  @Inject ReferralRepository repository;
  @Inject CentreCalendar calendar;
  @Resource SessionContext context;

  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER})
  @Audited(action = "referral.register")
  public ReferralView register(
      @NotNull(message = "a JSON request body is required") @Valid NewReferral request) {
    var who = caller.get();
    var centreId = directory.centreFor(who, request.centreId());
    var source = Codes.parse(ReferralSource.class, request.source(), "source");
    var urgency =
        request.urgency() == null
            ? Urgency.ROUTINE
            : Codes.parse(Urgency.class, request.urgency(), "urgency");
    var relationship =
        Codes.parse(
            Relationship.class, request.caregiver().relationship(), "caregiver.relationship");
    var payer = directory.activePayer(request.payerId());
    var child = request.child();
    var eighteenYearsAgo = calendar.today(centreId).minusYears(ADULTHOOD_YEARS);
    if (!child.birthDate().isAfter(eighteenYearsAgo)) {
      // @Past catches a date to come; a date too long past is as sure a slip (1920 for 2020).
      throw DomainException.invalid(
          "child.birthDate",
          "child.birthDate makes the child "
              + ADULTHOOD_YEARS
              + " or older; centres see children, born after "
              + eighteenYearsAgo
              + ". Check the year.");
    }
    var match =
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
            match.dyad(),
            source,
            request.reason().trim(),
            urgency,
            request.safeguardingConcern(),
            Boolean.TRUE.equals(request.developmentalConcern()),
            payer.id(),
            request.memberId().trim(),
            who.subject(),
            Instant.now());
    repository.add(referral);
    var consents = new ArrayList<Consent>();
    var given = request.consents();
    if (given != null) {
      var on = given.givenOn() == null ? calendar.today(referral.centreId()) : given.givenOn();
      if (given.treatment()) {
        consents.add(new Consent(referral.id(), ConsentKind.TREATMENT, on, who.subject()));
      }
      if (given.outcomeSharing()) {
        consents.add(new Consent(referral.id(), ConsentKind.OUTCOME_SHARING, on, who.subject()));
      }
      consents.forEach(repository::addConsent);
    }
    var notices = match.notice() == null ? List.<String>of() : List.of(match.notice());
    return ReferralView.of(referral, consents, calendar.today(referral.centreId()), notices);
  }

  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER})
  @Audited(action = "referral.read")
  public ReferralView find(UUID id) {
    var referral = referral(id);
    return forRole(
        ReferralView.of(referral, repository.consentsOf(id), calendar.today(referral.centreId())));
  }

  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER})
  @Audited(action = "referral.list")
  public List<ReferralView> inMyCentres() {
    var referrals = repository.inCentres(caller.get().centres());
    var consents = repository.consentsOf(referrals.stream().map(Referral::id).toList());
    return referrals.stream()
        .map(
            r ->
                forRole(
                    ReferralView.of(
                        r, consents.getOrDefault(r.id(), List.of()), calendar.today(r.centreId()))))
        .toList();
  }

  /** Open referrals with days waiting, most urgent first and then oldest first. */
  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER})
  @Audited(action = "referral.waiting-list")
  public List<WaitingListEntry> waitingList() {
    return repository.waiting(caller.get().centres()).stream()
        .map(r -> WaitingListEntry.of(r, calendar.zoneOf(r.centreId())))
        .toList();
  }

  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "referral.decline")
  public ReferralView decline(
      UUID id, @NotNull(message = "a JSON request body is required") @Valid Decision decision) {
    var referral = lockedReferral(id);
    referral.decline(decision.reason().trim(), caller.get().subject(), Instant.now());
    return ReferralView.of(
        referral, repository.consentsOf(id), calendar.today(referral.centreId()));
  }

  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "referral.redirect")
  public ReferralView redirect(
      UUID id, @NotNull(message = "a JSON request body is required") @Valid Decision decision) {
    var destination = Codes.parse(RedirectDestination.class, decision.destination(), "destination");
    var referral = lockedReferral(id);
    referral.redirect(
        Codes.of(destination), decision.reason().trim(), caller.get().subject(), Instant.now());
    return ReferralView.of(
        referral, repository.consentsOf(id), calendar.today(referral.centreId()));
  }

  /** Withdrawing a consent; withdrawn outcome sharing stops every later export. */
  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER})
  @Audited(action = "referral.consent-withdrawal")
  public ReferralView withdrawConsent(
      UUID id, String kindCode, @Valid ConsentWithdrawal withdrawal) {
    var kind = Codes.parse(ConsentKind.class, kindCode, "consent");
    var referral = referral(id);
    var consent =
        repository.consentsOf(id).stream()
            .filter(c -> c.kind() == kind)
            .findFirst()
            .orElseThrow(
                () ->
                    DomainException.conflict(
                        "No consent to " + Codes.of(kind) + " was given for this referral."));
    consent.withdraw(
        withdrawal == null || withdrawal.withdrawnOn() == null
            ? calendar.today(referral.centreId())
            : withdrawal.withdrawnOn(),
        caller.get().subject());
    return forRole(
        ReferralView.of(referral, repository.consentsOf(id), calendar.today(referral.centreId())));
  }

  /** A clinician's decision reason is clinical: schedulers see the decision, not the reason. */
  private ReferralView forRole(ReferralView view) {
    return context.isCallerInRole(Roles.CLINICIAN) ? view : view.withoutDecisionReason();
  }

  private Referral referral(UUID id) {
    return repository
        .find(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Referral", id));
  }

  private Referral lockedReferral(UUID id) {
    return repository
        .findForUpdate(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Referral", id));
  }
}
