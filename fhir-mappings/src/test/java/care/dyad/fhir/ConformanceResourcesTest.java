package care.dyad.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.Measure.MeasureGroupComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConformanceResourcesTest {

  static List<CodeSystem> codeSystems() {
    return ConformanceResources.codeSystems();
  }

  static Stream<Arguments> codeSystemsByUrl() {
    return codeSystems().stream().map(cs -> Arguments.of(cs.getUrl(), cs));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeSystemsByUrl")
  void codeSystemValidatesWithoutErrors(String url, CodeSystem codeSystem) {
    FhirValidation.assertValid(codeSystem);
  }

  @Test
  void everyCodeSystemTheMappersWriteIsPublished() {
    Set<String> urls = codeSystems().stream().map(CodeSystem::getUrl).collect(Collectors.toSet());

    assertEquals(
        Set.of(
            Systems.ICD11_MMS,
            Systems.INSTRUMENT,
            Systems.STRANGE_SITUATION,
            Systems.TIME_POINT,
            Systems.SCORE_COMPONENT,
            Systems.SESSION_ATTENDANCE,
            Systems.CARE_PLAN_ACTIVITY,
            Systems.INSTRUMENT_DOMAIN,
            Systems.PAYER_SUMMARY),
        urls);
  }

  @Test
  void payerSummaryMeasureValidatesWithoutErrorsAtItsCanonicalUrl() {
    List<Measure> measures = ConformanceResources.measures();

    assertEquals(
        List.of(Systems.PAYER_SUMMARY_MEASURE), measures.stream().map(Measure::getUrl).toList());
    FhirValidation.assertValid(measures.get(0));
  }

  @Test
  void everyPayerSummaryCodeIsUsedByTheMeasure() {
    Measure measure = ConformanceResources.measures().get(0);
    Set<String> used = new TreeSet<>();
    for (MeasureGroupComponent group : measure.getGroup()) {
      used.add(group.getCode().getCodingFirstRep().getCode());
      group
          .getStratifier()
          .forEach(stratifier -> used.add(stratifier.getCode().getCodingFirstRep().getCode()));
    }

    assertEquals(
        codeSystems().stream()
            .filter(cs -> cs.getUrl().equals(Systems.PAYER_SUMMARY))
            .flatMap(cs -> cs.getConcept().stream())
            .map(ConceptDefinitionComponent::getCode)
            .collect(Collectors.toCollection(TreeSet::new)),
        used);
  }

  @Test
  void instrumentCodeSystemHoldsTheNineCatalogueInstruments() {
    CodeSystem instruments =
        codeSystems().stream()
            .filter(cs -> cs.getUrl().equals(Systems.INSTRUMENT))
            .findFirst()
            .orElseThrow();

    assertEquals(
        List.of(
            "ainsworth-sensitivity",
            "care-index-synchrony",
            "eas",
            "strange-situation",
            "aqs-security",
            "rpq",
            "asq-se-2",
            "sdq-total",
            "psi-sf"),
        instruments.getConcept().stream().map(ConceptDefinitionComponent::getCode).toList());
  }

  @Test
  void strangeSituationAnswersLiveWhereTheMapperLooksForThem() {
    assertTrue(
        codeSystems().stream()
            .anyMatch(cs -> cs.getUrl().equals(Systems.instrumentCategories("strange-situation"))));
  }
}
