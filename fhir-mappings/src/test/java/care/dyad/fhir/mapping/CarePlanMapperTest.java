package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import care.dyad.fhir.export.CarePlanExport;
import care.dyad.fhir.export.DoseExtensionExport;
import care.dyad.fhir.export.EpisodeExport;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing.TimingRepeatComponent;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarePlanMapperTest {

  @Test
  void completedPlanValidatesWithoutErrors() {
    CarePlan plan = CarePlanMapper.map(Exports.finishedEpisode());

    FhirValidation.assertValid(plan);
    assertEquals(Exports.CARE_PLAN_ID, plan.getIdElement().getIdPart());
    assertEquals(
        "https://dyadcare.example.org/fhir/sid/care-plan",
        plan.getIdentifierFirstRep().getSystem());
    assertEquals(CarePlanStatus.COMPLETED, plan.getStatus());
    assertEquals(CarePlanIntent.PLAN, plan.getIntent());
    assertEquals("Patient/" + Exports.CHILD_ID, plan.getSubject().getReference());
    assertEquals("2026-01-12", plan.getPeriod().getStartElement().getValueAsString());
    assertEquals("2026-05-28", plan.getPeriod().getEndElement().getValueAsString());
    assertEquals("Condition/" + Exports.DIAGNOSIS_ID, plan.getAddressesFirstRep().getReference());
    assertEquals(
        "EpisodeOfCare/" + Exports.EPISODE_ID, plan.getSupportingInfoFirstRep().getReference());
  }

  @Test
  void planInstantiatesTheProgrammesPlanDefinition() {
    CarePlan plan = CarePlanMapper.map(Exports.finishedEpisode());

    assertEquals(
        "https://dyadcare.example.org/fhir/PlanDefinition/vipp-sd",
        plan.getInstantiatesCanonical().get(0).getValue());
    assertEquals(
        PlanDefinitionMapper.map(Exports.vippSd()).getUrl(),
        plan.getInstantiatesCanonical().get(0).getValue());
  }

  @Test
  void authorisedDoseIsPlannedSessionsPlusExtensionsTimedLikeTheProgramme() {
    CarePlanActivityComponent dose =
        CarePlanMapper.map(Exports.finishedEpisode()).getActivity().get(0);

    assertEquals("programme-sessions", dose.getDetail().getCode().getCodingFirstRep().getCode());
    TimingRepeatComponent repeat = dose.getDetail().getScheduledTiming().getRepeat();
    assertEquals(7 + 1, repeat.getCount());
    assertEquals(90, repeat.getDuration().intValue());
    assertEquals(UnitsOfTime.MIN, repeat.getDurationUnit());
    assertEquals(14, repeat.getPeriod().intValue());
    assertEquals(28, repeat.getPeriodMax().intValue());
    assertEquals(UnitsOfTime.D, repeat.getPeriodUnit());
    assertEquals(CarePlanActivityStatus.COMPLETED, dose.getDetail().getStatus());
  }

  @Test
  void everyAuthorisedExtensionIsAnActivityWithItsSessionsAndDay() {
    EpisodeExport episode =
        Exports.episode()
            .carePlan(
                new CarePlanExport(
                    Exports.CARE_PLAN_ID,
                    Exports.PROGRAMME_CODE,
                    "completed",
                    Exports.vippDose(),
                    List.of(
                        new DoseExtensionExport(2, LocalDate.of(2026, 5, 4)),
                        new DoseExtensionExport(1, LocalDate.of(2026, 4, 20))),
                    LocalDate.of(2026, 1, 12)))
            .build();

    CarePlan plan = CarePlanMapper.map(episode);

    FhirValidation.assertValid(plan);
    List<CarePlanActivityComponent> activities = plan.getActivity();
    assertEquals(3, activities.size());
    assertEquals(10, activities.get(0).getDetail().getScheduledTiming().getRepeat().getCount());
    assertExtension(activities.get(1), 1, "2026-04-20");
    assertExtension(activities.get(2), 2, "2026-05-04");
  }

  @Test
  void planWithoutExtensionsHasOnlyTheDose() {
    EpisodeExport episode =
        Exports.episode()
            .carePlan(
                new CarePlanExport(
                    Exports.CARE_PLAN_ID,
                    Exports.PROGRAMME_CODE,
                    "completed",
                    Exports.vippDose(),
                    List.of(),
                    LocalDate.of(2026, 1, 12)))
            .build();

    CarePlan plan = CarePlanMapper.map(episode);

    assertEquals(1, plan.getActivity().size());
    assertEquals(
        7, plan.getActivityFirstRep().getDetail().getScheduledTiming().getRepeat().getCount());
  }

  @Test
  void deliveredSessionsAreTheDosesOutcomesInTimeOrder() {
    List<Reference> outcomes =
        CarePlanMapper.map(Exports.finishedEpisode()).getActivityFirstRep().getOutcomeReference();

    assertEquals(
        List.of(
            "Encounter/" + Exports.homeVisit().id(),
            "Encounter/" + Exports.caregiverOnlyAtCentre().id()),
        outcomes.stream().map(Reference::getReference).toList());
  }

  @ParameterizedTest
  @CsvSource({"active, INPROGRESS", "revoked, STOPPED", "on-hold, ONHOLD", "draft, NOTSTARTED"})
  void activityStatusFollowsThePlan(String planStatus, CarePlanActivityStatus expected) {
    EpisodeExport episode = Exports.episode().open().carePlan(Exports.carePlan(planStatus)).build();

    CarePlan plan = CarePlanMapper.map(episode);

    FhirValidation.assertValid(plan);
    assertEquals(expected, plan.getActivityFirstRep().getDetail().getStatus());
  }

  @Test
  void activePlanWithoutSessionsHasNotStarted() {
    EpisodeExport episode = Exports.episode().open().sessions(List.of()).build();

    CarePlan plan = CarePlanMapper.map(episode);

    FhirValidation.assertValid(plan);
    assertFalse(plan.getPeriod().hasEnd());
    assertEquals(
        CarePlanActivityStatus.NOTSTARTED, plan.getActivityFirstRep().getDetail().getStatus());
    assertFalse(plan.getActivityFirstRep().hasOutcomeReference());
  }

  @Test
  void statusThatIsNotACarePlanStatusIsRejected() {
    EpisodeExport episode = Exports.episode().carePlan(Exports.carePlan("dropped-out")).build();

    assertThrows(IllegalArgumentException.class, () -> CarePlanMapper.map(episode));
  }

  @Test
  void episodeWithoutCarePlanIsRejected() {
    EpisodeExport episode = Exports.episode().carePlan(null).build();

    assertThrows(IllegalArgumentException.class, () -> CarePlanMapper.map(episode));
  }

  private static void assertExtension(
      CarePlanActivityComponent activity, int sessions, String authorisedOn) {
    assertEquals("dose-extension", activity.getDetail().getCode().getCodingFirstRep().getCode());
    TimingRepeatComponent repeat = activity.getDetail().getScheduledTiming().getRepeat();
    assertEquals(sessions, repeat.getCount());
    assertEquals(authorisedOn, repeat.getBoundsPeriod().getStartElement().getValueAsString());
  }
}
