package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import care.dyad.fhir.Exports;
import care.dyad.fhir.Fhir;
import care.dyad.fhir.FhirValidation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.junit.jupiter.api.Test;

class EpisodeBundleMapperTest {

  private static final String EXPECTED = "/expected/episode-bundle.json";

  // Elements that carry names, contact details or prose; none may reach a payer.
  private static final Set<String> FREE_TEXT_ELEMENTS =
      Set.of(
          "name",
          "text",
          "div",
          "note",
          "comment",
          "description",
          "telecom",
          "address",
          "photo",
          "contact",
          "valueString",
          "valueMarkdown",
          "extension",
          "modifierExtension");

  // What the validator may still say: no narrative (dom-6), and no performer, which would be
  // staff data a payer may not see.
  private static final List<String> ACCEPTED_WARNINGS =
      List.of("dom-6", "all observations should have a performer");

  private static Bundle bundle() {
    return EpisodeBundleMapper.map(
        Exports.finishedEpisode(), Exports.BASE_URL, Exports.EXPORTED_AT);
  }

  @Test
  void episodeBundleValidatesWithoutErrors() {
    FhirValidation.assertValid(bundle());
  }

  @Test
  void episodeBundleWarnsOnlyAboutNarrativeAndPerformer() {
    ValidationResult result = FhirValidation.validate(bundle());

    List<SingleValidationMessage> unexpected =
        result.getMessages().stream()
            .filter(m -> ACCEPTED_WARNINGS.stream().noneMatch(m.getMessage()::contains))
            .toList();
    assertTrue(unexpected.isEmpty(), () -> FhirValidation.describe(unexpected));
  }

  @Test
  void episodeBundleMatchesExpectedJson() throws IOException {
    String actual = Fhir.encodePretty(bundle());
    String expected;
    try (InputStream in = getClass().getResourceAsStream(EXPECTED)) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!expected.strip().equals(actual.strip())) {
      Path written = Path.of("target", "actual-episode-bundle.json");
      Files.writeString(written, actual + "\n");
      assertEquals(expected.strip(), actual.strip(), "compare with " + written.toAbsolutePath());
    }
  }

  @Test
  void exportingTheSameEpisodeTwiceGivesIdenticalJson() {
    assertEquals(Fhir.encode(bundle()), Fhir.encode(bundle()));
  }

  @Test
  void scoresAreOrderedByWhenTheyWereTakenWhateverTheInputOrder() {
    List<String> observationIds =
        bundle().getEntry().stream()
            .map(BundleEntryComponent::getResource)
            .filter(r -> r.fhirType().equals("Observation"))
            .map(r -> r.getIdElement().getIdPart())
            .toList();

    assertEquals(
        List.of(
            Exports.ainsworthBaseline().id(),
            Exports.strangeSituationBaseline().id(),
            Exports.ainsworthEnd().id()),
        observationIds);
  }

  @Test
  void collectionIsIdentifiedByEpisodeAndStampedWithTheGivenTime() {
    Bundle bundle = bundle();

    assertEquals(BundleType.COLLECTION, bundle.getType());
    assertEquals(
        "https://dyadcare.example.org/fhir/sid/bundle", bundle.getIdentifier().getSystem());
    assertEquals("episode-" + Exports.EPISODE_ID, bundle.getIdentifier().getValue());
    assertEquals(Exports.EXPORTED_AT, bundle.getTimestamp().toInstant());
  }

  @Test
  void everyEntryHasAFullUrlOnTheBaseUrl() {
    Bundle bundle =
        EpisodeBundleMapper.map(
            Exports.finishedEpisode(), Exports.BASE_URL + "/", Exports.EXPORTED_AT);

    assertEquals(
        List.of(
            "Patient/" + Exports.CHILD_ID,
            "RelatedPerson/" + Exports.CAREGIVER_ID,
            "Condition/" + Exports.DIAGNOSIS_ID,
            "EpisodeOfCare/" + Exports.EPISODE_ID,
            "Observation/" + Exports.ainsworthBaseline().id(),
            "Observation/" + Exports.strangeSituationBaseline().id(),
            "Observation/" + Exports.ainsworthEnd().id()),
        bundle.getEntry().stream()
            .map(e -> e.getFullUrl().substring(Exports.BASE_URL.length() + 1))
            .toList());
  }

  @Test
  void relativeBaseUrlIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EpisodeBundleMapper.map(Exports.finishedEpisode(), "/fhir", Exports.EXPORTED_AT));
  }

  @Test
  void noNameOrFreeTextLeavesTheCentre() throws IOException {
    JsonNode json = new ObjectMapper().readTree(Fhir.encode(bundle()));
    Set<String> found = new TreeSet<>();
    collectFieldNames(json, found);

    found.retainAll(FREE_TEXT_ELEMENTS);
    assertTrue(found.isEmpty(), () -> "free-text elements in the payer bundle: " + found);
  }

  private static void collectFieldNames(JsonNode node, Set<String> names) {
    node.fields()
        .forEachRemaining(
            field -> {
              names.add(field.getKey());
              collectFieldNames(field.getValue(), names);
            });
    if (node.isArray()) {
      node.forEach(element -> collectFieldNames(element, names));
    }
  }
}
