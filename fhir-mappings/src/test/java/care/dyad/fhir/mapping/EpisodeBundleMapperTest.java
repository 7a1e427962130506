package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import care.dyad.fhir.Exports;
import care.dyad.fhir.Fhir;
import care.dyad.fhir.FhirValidation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
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
            "Organization/centre-north",
            "Organization/payer-" + Exports.PAYER_ID,
            "Coverage/" + CoverageMapper.id(Exports.PAYER_ID, Exports.CHILD_ID),
            "CarePlan/" + Exports.CARE_PLAN_ID,
            "Encounter/" + Exports.homeVisit().id(),
            "Encounter/" + Exports.caregiverOnlyAtCentre().id(),
            "Observation/" + Exports.ainsworthBaseline().id(),
            "Observation/" + Exports.strangeSituationBaseline().id(),
            "Observation/" + Exports.ainsworthEnd().id()),
        bundle.getEntry().stream()
            .map(e -> e.getFullUrl().substring(Exports.BASE_URL.length() + 1))
            .toList());
  }

  @Test
  void everyLiteralReferenceResolvesInsideTheBundle() {
    Bundle bundle = bundle();
    Set<String> entries =
        bundle.getEntry().stream()
            .map(e -> e.getResource().fhirType() + "/" + e.getResource().getIdPart())
            .collect(Collectors.toSet());

    List<String> dangling =
        bundle.getEntry().stream()
            .flatMap(
                e ->
                    Fhir.context()
                        .newTerser()
                        .getAllPopulatedChildElementsOfType(e.getResource(), Reference.class)
                        .stream())
            .filter(Reference::hasReference)
            .map(Reference::getReference)
            .filter(reference -> !entries.contains(reference))
            .toList();
    assertTrue(dangling.isEmpty(), () -> "references to nothing in the bundle: " + dangling);
  }

  @Test
  void episodeWithoutOrganizationsPlanOrSessionsKeepsTheCoreBundle() {
    Bundle bundle =
        EpisodeBundleMapper.map(
            Exports.episode().minimal().build(), Exports.BASE_URL, Exports.EXPORTED_AT);

    FhirValidation.assertValid(bundle);
    assertEquals(
        List.of(
            "Patient",
            "RelatedPerson",
            "Condition",
            "EpisodeOfCare",
            "Observation",
            "Observation",
            "Observation"),
        bundle.getEntry().stream().map(e -> e.getResource().fhirType()).toList());
    assertFalse(((EpisodeOfCare) bundle.getEntry().get(3).getResource()).hasManagingOrganization());
  }

  @Test
  void payerOrganizationBringsTheChildsCoverageWithIt() {
    Bundle withoutPayer =
        EpisodeBundleMapper.map(
            Exports.episode().payer(null).build(), Exports.BASE_URL, Exports.EXPORTED_AT);

    FhirValidation.assertValid(withoutPayer);
    assertEquals(
        List.of("Organization/centre-north"),
        withoutPayer.getEntry().stream()
            .map(e -> e.getResource().fhirType() + "/" + e.getResource().getIdPart())
            .filter(id -> id.startsWith("Organization/") || id.startsWith("Coverage/"))
            .toList());
  }

  @Test
  void centreManagesTheEpisode() {
    EpisodeOfCare care = (EpisodeOfCare) bundle().getEntry().get(3).getResource();

    assertEquals("Organization/centre-north", care.getManagingOrganization().getReference());
  }

  @Test
  void relativeBaseUrlIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EpisodeBundleMapper.map(Exports.finishedEpisode(), "/fhir", Exports.EXPORTED_AT));
  }

  @Test
  void noNameOrFreeTextLeavesTheCentre() throws IOException {
    Set<String> found = freeTextElements(bundle());

    assertTrue(found.isEmpty(), () -> "free-text elements in the payer bundle: " + found);
  }

  @Test
  void onlyOrganizationsMayCarryAName() throws IOException {
    Bundle bundle = bundle();
    ((Patient) bundle.getEntry().get(0).getResource()).addName().setFamily("Example");

    assertEquals(Set.of("name"), freeTextElements(bundle));
  }

  /** The free-text elements anywhere in the bundle, except an organisation's own name. */
  private static Set<String> freeTextElements(Bundle bundle) throws IOException {
    JsonNode json = new ObjectMapper().readTree(Fhir.encode(bundle));
    Set<String> found = new TreeSet<>();
    for (JsonNode entry : json.get("entry")) {
      JsonNode resource = entry.get("resource").deepCopy();
      // An organisation's name names no one: the centre and the payer may be called by theirs.
      if (resource.get("resourceType").asText().equals("Organization")) {
        ((ObjectNode) resource).remove("name");
      }
      collectFieldNames(resource, found);
    }
    found.retainAll(FREE_TEXT_ELEMENTS);
    return found;
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
