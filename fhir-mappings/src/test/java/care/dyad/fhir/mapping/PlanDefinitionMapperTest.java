package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import care.dyad.fhir.export.DoseExport;
import care.dyad.fhir.export.ProgrammeExport;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.Timing.TimingRepeatComponent;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanDefinitionMapperTest {

  @Test
  void programmeIsAnActiveClinicalProtocolAtItsCanonicalUrl() {
    PlanDefinition plan = PlanDefinitionMapper.map(Exports.vippSd());

    FhirValidation.assertValid(plan);
    assertEquals("vipp-sd", plan.getIdElement().getIdPart());
    assertEquals("https://dyadcare.example.org/fhir/PlanDefinition/vipp-sd", plan.getUrl());
    assertEquals(PublicationStatus.ACTIVE, plan.getStatus());
    assertEquals("VippSd", plan.getName());
    assertEquals(Exports.vippSd().name(), plan.getTitle());
    assertEquals("clinical-protocol", plan.getType().getCodingFirstRep().getCode());
  }

  @Test
  void sessionsActionIsTimedByTheDose() {
    PlanDefinitionActionComponent sessions =
        PlanDefinitionMapper.map(Exports.vippSd()).getActionFirstRep();

    assertEquals("programme-sessions", sessions.getCodeFirstRep().getCodingFirstRep().getCode());
    TimingRepeatComponent repeat = sessions.getTimingTiming().getRepeat();
    assertEquals(7, repeat.getCount());
    assertEquals(90, repeat.getDuration().intValue());
    assertEquals(UnitsOfTime.MIN, repeat.getDurationUnit());
    assertEquals(1, repeat.getFrequency());
    assertEquals(14, repeat.getPeriod().intValue());
    assertEquals(28, repeat.getPeriodMax().intValue());
    assertEquals(UnitsOfTime.D, repeat.getPeriodUnit());
  }

  @Test
  void weeklyProgrammeValidatesWithoutErrors() {
    PlanDefinition plan =
        PlanDefinitionMapper.map(
            new ProgrammeExport(
                "abc",
                "ABC (Attachment and Biobehavioral Catch-up)",
                new DoseExport(10, 6, 8, 60)));

    FhirValidation.assertValid(plan);
    assertEquals("https://dyadcare.example.org/fhir/PlanDefinition/abc", plan.getUrl());
  }

  @ParameterizedTest
  @CsvSource({
    "vipp-sd, VippSd",
    "mellow-toddlers, MellowToddlers",
    "cos-p, CosP",
    "3c, Programme3c"
  })
  void computableNameIsDerivedFromTheCode(String code, String name) {
    assertEquals(name, PlanDefinitionMapper.computableName(code));
  }
}
