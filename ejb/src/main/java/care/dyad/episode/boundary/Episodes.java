package care.dyad.episode.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.episode.boundary.EpisodeRequests.DevelopmentalAssessmentRecord;
import care.dyad.episode.boundary.EpisodeRequests.DiagnosisChange;
import care.dyad.episode.boundary.EpisodeRequests.DoseExtensionRequest;
import care.dyad.episode.boundary.EpisodeRequests.ProgrammeAssignment;
import care.dyad.episode.boundary.EpisodeRequests.Transition;
import care.dyad.episode.control.EpisodeRepository;
import care.dyad.episode.entity.DevelopmentalAssessment;
import care.dyad.episode.entity.DevelopmentalFinding;
import care.dyad.episode.entity.Dropout;
import care.dyad.episode.entity.Episode;
import care.dyad.episode.entity.EpisodeClosed;
import care.dyad.episode.entity.EpisodeStatus;
import care.dyad.episode.entity.Icd11Code;
import care.dyad.programme.control.ProgrammeCatalogue;
import care.dyad.programme.entity.CarePlan;
import care.dyad.referral.control.ReferralRepository;
import care.dyad.referral.entity.ConsentKind;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.shared.Settings;
import care.dyad.staff.control.CentreCalendar;
import care.dyad.staff.control.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The episode of care: opening, lifecycle, diagnosis, programme and dose, for clinicians. */
@Stateless
public class Episodes {

  @Inject CurrentCaller caller;
  @Inject CentreCalendar calendar;
  @Inject ReferralRepository referrals;
  @Inject EpisodeRepository episodes;
  @Inject ProgrammeCatalogue programmes;
  @Inject Settings settings;
  @Inject Event<EpisodeClosed> closed;

  /** Accepts a received referral of the caller's centres and opens its episode. */
  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "episode.open")
  public EpisodeView acceptReferral(UUID referralId, @Valid Acceptance acceptance) {
    var diagnosis =
        diagnosisCode(acceptance == null ? null : acceptance.diagnosisCode(), "diagnosisCode");
    var who = caller.get();
    var referral =
        referrals
            .findForUpdate(referralId, who.centres())
            .orElseThrow(() -> DomainException.notFound("Referral", referralId));
    var treatmentConsent =
        referrals.consentsOf(referralId).stream()
            .anyMatch(
                c ->
                    c.kind() == ConsentKind.TREATMENT
                        && c.activeOn(calendar.today(referral.centreId())));
    if (!treatmentConsent) {
      throw DomainException.conflict(
          "The caregiver's consent to treatment is not on record (or was withdrawn); record it"
              + " before accepting the referral.");
    }
    var now = Instant.now();
    var episode = Episode.openFrom(referral, diagnosis, who.subject(), now);
    episodes.add(episode);
    episodes.add(episode.diagnose(diagnosis, false, who.subject(), now));
    return view(episode);
  }

  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "episode.read")
  public EpisodeView clinicalView(UUID id) {
    return view(find(id));
  }

  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER})
  @Audited(action = "episode.read-summary")
  public EpisodeSummary summary(UUID id) {
    var episode = find(id);
    var plan = plan(episode);
    return EpisodeSummary.of(
        episode,
        episodes.dyadOf(episode),
        plan,
        dropout(episode, plan),
        calendar.zoneOf(episode.centreId()));
  }

  /** Episodes of the caller's centres; with dropoutsOnly, just those that dropped out. */
  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER})
  @Audited(action = "episode.list")
  public List<EpisodeSummary> list(String statusCode, boolean dropoutsOnly) {
    var status =
        statusCode == null || statusCode.isBlank()
            ? null
            : Codes.parse(EpisodeStatus.class, statusCode, "status");
    var rows = episodes.inCentres(caller.get().centres(), status, 500);
    var plans = programmes.carePlansOf(rows.stream().map(row -> row.episode().id()).toList());
    return rows.stream()
        .map(
            row -> {
              var plan = plans.get(row.episode().id());
              return EpisodeSummary.of(
                  row.episode(),
                  row.dyad(),
                  plan,
                  dropout(row.episode(), plan),
                  calendar.zoneOf(row.episode().centreId()));
            })
        .filter(summary -> !dropoutsOnly || summary.dropout().dropout())
        .toList();
  }

  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "episode.transition")
  public EpisodeView transition(
      UUID id, @NotNull(message = "a JSON request body is required") @Valid Transition request) {
    var requested = Codes.parse(EpisodeStatus.class, request.to(), "to");
    var episode = findForUpdate(id);
    var plan = plan(episode);
    var step =
        episode.transition(
            requested,
            request.reason().trim(),
            plan == null ? null : plan.dose().minimumSessions(),
            plan != null,
            caller.get().subject(),
            Instant.now());
    episodes.add(step);
    if (episode.isClosed()) {
      closed.fire(
          new EpisodeClosed(id, Codes.of(episode.status()), step.occurredAt(), step.actor()));
    }
    return view(episode);
  }

  /** Records a diagnosis; confirming one is a clinician's act, never a form's. */
  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "episode.diagnosis")
  public EpisodeView diagnose(
      UUID id,
      @NotNull(message = "a JSON request body is required") @Valid DiagnosisChange request) {
    var code = diagnosisCode(request.code(), "code");
    var verification = request.verification().trim();
    if (!verification.equals("provisional") && !verification.equals("confirmed")) {
      throw DomainException.invalid(
          "verification", "verification must be provisional or confirmed.");
    }
    var episode = findForUpdate(id);
    episodes.add(
        episode.diagnose(
            code, verification.equals("confirmed"), caller.get().subject(), Instant.now()));
    return view(episode);
  }

  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "episode.developmental-assessment")
  public EpisodeView recordDevelopmentalAssessment(
      UUID id,
      @NotNull(message = "a JSON request body is required") @Valid
          DevelopmentalAssessmentRecord request) {
    var finding = Codes.parse(DevelopmentalFinding.class, request.finding(), "finding");
    var episode = findForUpdate(id);
    if (episode.isClosed()) {
      throw DomainException.conflict("Episode " + id + " is closed.");
    }
    episodes.add(
        new DevelopmentalAssessment(
            episode,
            request.tool().trim(),
            finding,
            request.performedOn(),
            caller.get().subject(),
            Instant.now()));
    return view(episode);
  }

  /**
   * Assigns a programme, copying its dose. Refused before a required developmental assessment; an
   * age outside the programme's range must be acknowledged.
   */
  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "episode.care-plan")
  public EpisodeView assignProgramme(
      UUID id,
      @NotNull(message = "a JSON request body is required") @Valid ProgrammeAssignment request) {
    var programme = programmes.requireActive(request.programmeCode());
    var episode = findForUpdate(id);
    if (episode.status() != EpisodeStatus.OPEN && episode.status() != EpisodeStatus.ASSESSING) {
      throw DomainException.conflict(
          "A programme can be assigned while the episode is open or assessing; it is "
              + Codes.of(episode.status())
              + ".");
    }
    if (episode.developmentalAssessmentRequired() && !episode.developmentalAssessmentDone()) {
      throw DomainException.conflict(
          "Safeguarding or a possible developmental condition was flagged at referral: record a"
              + " structured developmental assessment before assigning a programme.");
    }
    var birthDate = episodes.dyadOf(episode).child().birthDate();
    var warning =
        programme.ageWarning(
            ChronoUnit.MONTHS.between(birthDate, calendar.today(episode.centreId())));
    if (warning != null && !Boolean.TRUE.equals(request.acknowledgeAgeWarning())) {
      throw DomainException.conflict(
          warning + " To assign it anyway, send acknowledgeAgeWarning: true.");
    }
    var who = caller.get().subject();
    var now = Instant.now();
    var existing = programmes.carePlanOf(id);
    if (existing.isPresent()) {
      existing.get().reassign(programme, warning, who, now);
    } else {
      programmes.add(new CarePlan(id, programme, warning, who, now));
    }
    return view(episode);
  }

  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "episode.dose-extension")
  public EpisodeView extendDose(
      UUID id,
      @NotNull(message = "a JSON request body is required") @Valid DoseExtensionRequest request) {
    var episode = findForUpdate(id);
    if (episode.isClosed()) {
      throw DomainException.conflict("Episode " + id + " is closed; its dose is final.");
    }
    var plan =
        programmes
            .carePlanOf(id)
            .orElseThrow(
                () -> DomainException.conflict("Assign a programme before extending its dose."));
    episodes.add(
        plan.extend(
            request.sessions(),
            request.justification().trim(),
            caller.get().subject(),
            Instant.now()));
    return view(episode);
  }

  @RolesAllowed(Roles.CLINICIAN)
  @Audited(action = "episode.history", target = "episode")
  public EpisodeHistory history(UUID id) {
    var episode = find(id);
    var plan = plan(episode);
    return new EpisodeHistory(
        episodes.transitionsOf(id).stream()
            .map(
                t ->
                    new EpisodeHistory.Step(
                        Codes.of(t.from()),
                        Codes.of(t.to()),
                        t.reason(),
                        t.occurredAt(),
                        t.actor()))
            .toList(),
        episodes.diagnosesOf(id).stream()
            .map(
                d ->
                    new EpisodeHistory.DiagnosisEntry(
                        d.code().code(),
                        d.confirmed() ? "confirmed" : "provisional",
                        d.recordedAt(),
                        d.recordedBy()))
            .toList(),
        plan == null
            ? List.of()
            : plan.extensions().stream()
                .map(
                    x ->
                        new EpisodeHistory.Extension(
                            x.sessions(), x.justification(), x.authorisedAt(), x.authorisedBy()))
                .toList());
  }

  private EpisodeView view(Episode episode) {
    var plan = plan(episode);
    return EpisodeView.of(
        episode,
        episodes.dyadOf(episode),
        plan,
        dropout(episode, plan),
        calendar.zoneOf(episode.centreId()));
  }

  private CarePlan plan(Episode episode) {
    return programmes.carePlanOf(episode.id()).orElse(null);
  }

  private Dropout dropout(Episode episode, CarePlan plan) {
    return episode.dropout(
        plan == null ? null : plan.dose().minimumSessions(), settings.dropoutGap(), Instant.now());
  }

  private Episode find(UUID id) {
    return episodes
        .find(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Episode", id));
  }

  private Episode findForUpdate(UUID id) {
    return episodes
        .findForUpdate(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Episode", id));
  }

  private static Icd11Code diagnosisCode(String code, String field) {
    if (code == null || code.isBlank()) {
      if (field.equals("diagnosisCode")) {
        return Icd11Code.RAD;
      }
    }
    var diagnosis = Icd11Code.fromCode(code);
    if (diagnosis == null) {
      throw DomainException.invalid(
          field,
          "'"
              + code
              + "' is not a diagnosis this service treats; use one of "
              + Icd11Code.allowed()
              + ".");
    }
    return diagnosis;
  }
}
