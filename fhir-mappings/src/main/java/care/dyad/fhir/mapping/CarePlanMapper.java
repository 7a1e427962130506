package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import care.dyad.fhir.export.CarePlanExport;
import care.dyad.fhir.export.DoseExtensionExport;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.export.SessionExport;
import java.util.Comparator;
import java.util.List;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.Timing;

/**
 * The episode's programme as a CarePlan of the child that instantiates the programme's
 * PlanDefinition and addresses the diagnosis.
 *
 * <p>The first activity is the authorised dose: {@code scheduledTiming.repeat.count} is the planned
 * sessions plus every authorised extension, and its outcomes are the delivered sessions'
 * Encounters. Each authorised extension follows as an activity of its own (code {@code
 * dose-extension}, count = its extra sessions, bounds starting the day it was authorised), so the
 * payer sees what was added and when without any extension or free text; the justification stays at
 * the centre.
 */
public final class CarePlanMapper {

  // Input order is not stable; sorting keeps a re-export byte-identical.
  private static final Comparator<DoseExtensionExport> EXTENSION_ORDER =
      Comparator.comparing(DoseExtensionExport::authorisedOn)
          .thenComparingInt(DoseExtensionExport::sessions);

  private CarePlanMapper() {}

  /**
   * @throws IllegalArgumentException if the episode has no care plan, or its status is not a
   *     CarePlan status code
   */
  public static CarePlan map(EpisodeExport episode) {
    CarePlanExport plan = episode.carePlan();
    if (plan == null) {
      throw new IllegalArgumentException("episode " + episode.episodeId() + " has no care plan");
    }
    CarePlanStatus status = status(plan.status());
    CarePlan carePlan = new CarePlan();
    carePlan.setId(plan.id());
    carePlan.addIdentifier().setSystem(Systems.CARE_PLAN_ID).setValue(plan.id());
    carePlan.addInstantiatesCanonical(Systems.planDefinition(plan.programmeCode()));
    carePlan.setStatus(status);
    carePlan.setIntent(CarePlanIntent.PLAN);
    carePlan.setSubject(Datatypes.reference(ResourceType.Patient, episode.child().id()));
    carePlan.getPeriod().setStartElement(Datatypes.dateTime(plan.start()));
    if (episode.periodEnd() != null) {
      carePlan.getPeriod().setEndElement(Datatypes.dateTime(episode.periodEnd()));
    }
    carePlan.addAddresses(Datatypes.reference(ResourceType.Condition, episode.diagnosis().id()));
    carePlan.addSupportingInfo(
        Datatypes.reference(ResourceType.EpisodeOfCare, episode.episodeId()));

    CarePlanActivityStatus activityStatus = activityStatus(status, episode.sessions());
    CarePlanActivityComponent dose = carePlan.addActivity();
    episode.sessions().stream()
        .sorted(EncounterMapper.SESSION_ORDER)
        .forEach(
            s -> dose.addOutcomeReference(Datatypes.reference(ResourceType.Encounter, s.id())));
    dose.setDetail(
        detail("programme-sessions", "Programme sessions", activityStatus)
            .setScheduled(Doses.timing(plan.dose(), plan.authorisedSessions())));
    plan.extensions().stream()
        .sorted(EXTENSION_ORDER)
        .forEach(extension -> carePlan.addActivity(extension(extension, activityStatus)));
    return carePlan;
  }

  private static CarePlanActivityComponent extension(
      DoseExtensionExport extension, CarePlanActivityStatus status) {
    Timing timing = new Timing();
    timing.getRepeat().setCount(extension.sessions());
    timing
        .getRepeat()
        .getBoundsPeriod()
        .setStartElement(Datatypes.dateTime(extension.authorisedOn()));
    return new CarePlanActivityComponent()
        .setDetail(
            detail("dose-extension", "Authorised dose extension", status).setScheduled(timing));
  }

  // Displays as in CodeSystem-care-plan-activity.json; the tests check that they agree.
  private static CarePlanActivityDetailComponent detail(
      String code, String display, CarePlanActivityStatus status) {
    return new CarePlanActivityDetailComponent()
        .setCode(Datatypes.concept(Systems.CARE_PLAN_ACTIVITY, code, display))
        .setStatus(status);
  }

  private static CarePlanStatus status(String code) {
    CarePlanStatus status;
    try {
      status = CarePlanStatus.fromCode(code);
    } catch (FHIRException e) {
      throw new IllegalArgumentException("unknown CarePlan status '" + code + "'", e);
    }
    if (status == null) {
      throw new IllegalArgumentException("unknown CarePlan status '" + code + "'");
    }
    return status;
  }

  private static CarePlanActivityStatus activityStatus(
      CarePlanStatus status, List<SessionExport> sessions) {
    return switch (status) {
      case DRAFT -> CarePlanActivityStatus.NOTSTARTED;
      case ACTIVE ->
          sessions.isEmpty()
              ? CarePlanActivityStatus.NOTSTARTED
              : CarePlanActivityStatus.INPROGRESS;
      case ONHOLD -> CarePlanActivityStatus.ONHOLD;
      case REVOKED -> CarePlanActivityStatus.STOPPED;
      case COMPLETED -> CarePlanActivityStatus.COMPLETED;
      case ENTEREDINERROR -> CarePlanActivityStatus.ENTEREDINERROR;
      case UNKNOWN, NULL -> CarePlanActivityStatus.UNKNOWN;
    };
  }
}
