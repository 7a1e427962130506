package care.dyad.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import care.dyad.fhir.mapping.EpisodeBundleMapper;
import care.dyad.fhir.mapping.ObservationMapper;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/** Guards against a validator that passes everything: it must know our CodeSystems. */
class FhirValidationTest {

  @Test
  void codeMissingFromOurInstrumentCodeSystemIsAnError() {
    Observation observation =
        ObservationMapper.map(Exports.finishedEpisode(), Exports.ainsworthBaseline());
    observation.getCode().getCodingFirstRep().setCode("not-an-instrument");

    assertFalse(FhirValidation.errors(FhirValidation.validate(observation)).isEmpty());
  }

  @Test
  void displayThatDisagreesWithItsCodeSystemIsFoundInsideABundle() {
    Bundle bundle =
        EpisodeBundleMapper.map(Exports.finishedEpisode(), Exports.BASE_URL, Exports.EXPORTED_AT);
    Observation strangeSituation =
        bundle.getEntry().stream()
            .map(e -> e.getResource())
            .filter(r -> r.getIdPart().equals(Exports.strangeSituationBaseline().id()))
            .map(Observation.class::cast)
            .findFirst()
            .orElseThrow();
    strangeSituation.getValueCodeableConcept().getCodingFirstRep().setDisplay("Secure");

    List<String> mismatches = FhirValidation.displayMismatches(bundle);

    assertEquals(1, mismatches.size(), () -> String.join("\n", mismatches));
  }
}
