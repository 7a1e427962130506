package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import care.dyad.fhir.export.ScoreExport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObservationMapperTest {

  private static final Instant WHEN = Instant.parse("2026-03-02T14:15:00Z");

  @Test
  void disorganisedStrangeSituationIsACodedSurveyObservation() {
    Observation observation = map(Exports.strangeSituationBaseline());

    FhirValidation.assertValid(observation);
    assertEquals(ObservationStatus.FINAL, observation.getStatus());
    assertEquals("survey", observation.getCategoryFirstRep().getCodingFirstRep().getCode());
    assertEquals("strange-situation", observation.getCode().getCodingFirstRep().getCode());
    Coding value = observation.getValueCodeableConcept().getCodingFirstRep();
    assertEquals(
        "https://dyadcare.example.org/fhir/CodeSystem/strange-situation", value.getSystem());
    assertEquals("D", value.getCode());
    assertEquals("Disorganised", value.getDisplay());
    assertEquals("Patient/" + Exports.CHILD_ID, observation.getSubject().getReference());
    assertEquals(
        "2026-01-14T10:00:00+00:00", observation.getEffectiveDateTimeType().getValueAsString());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
  void ainsworthSensitivityIsAUnitlessQuantity(int rating) {
    Observation observation =
        map(
            ScoreExport.numeric(
                "s-" + rating,
                "ainsworth-sensitivity",
                "Ainsworth Sensitivity scale",
                "mid",
                WHEN,
                BigDecimal.valueOf(rating)));

    FhirValidation.assertValid(observation);
    Quantity quantity = observation.getValueQuantity();
    assertEquals(0, BigDecimal.valueOf(rating).compareTo(quantity.getValue()));
    assertFalse(quantity.hasUnit() || quantity.hasCode() || quantity.hasSystem());
  }

  @Test
  void fractionalAndNegativeScoresKeepTheirValue() {
    Observation observation =
        map(
            ScoreExport.numeric(
                "s-aqs",
                "aqs-security",
                "Attachment Q-Sort security",
                "end",
                WHEN,
                new BigDecimal("-0.35")));

    FhirValidation.assertValid(observation);
    assertEquals(new BigDecimal("-0.35"), observation.getValueQuantity().getValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"baseline", "mid", "end", "follow-up"})
  void timePointIsACodedComponent(String timePoint) {
    Observation observation =
        map(
            ScoreExport.numeric(
                "s-1",
                "sdq-total",
                "Strengths and Difficulties Questionnaire (total difficulties)",
                timePoint,
                WHEN,
                BigDecimal.TEN));

    FhirValidation.assertValid(observation);
    ObservationComponentComponent component = observation.getComponentFirstRep();
    assertEquals("time-point", component.getCode().getCodingFirstRep().getCode());
    Coding value = component.getValueCodeableConcept().getCodingFirstRep();
    assertEquals("https://dyadcare.example.org/fhir/CodeSystem/time-point", value.getSystem());
    assertEquals(timePoint, value.getCode());
  }

  @Test
  void unknownTimePointIsRejected() {
    ScoreExport score =
        ScoreExport.numeric(
            "s-1", "rpq", "Relationship Problems Questionnaire", "week-6", WHEN, BigDecimal.ONE);

    assertThrows(IllegalArgumentException.class, () -> map(score));
  }

  private static Observation map(ScoreExport score) {
    return ObservationMapper.map(Exports.episode().open().scores(List.of(score)).build(), score);
  }
}
