package care.dyad.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
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
            Systems.SCORE_COMPONENT),
        urls);
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
