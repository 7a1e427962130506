package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.export.ScoreExport;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * An outcome score as a survey Observation of the child. The time point is a component, the one
 * place where R4 lets a coded qualifier sit beside the value without defining an extension.
 */
public final class ObservationMapper {

  // Displays as in CodeSystem-time-point.json; the tests check that they agree.
  private static final Map<String, String> TIME_POINTS =
      Map.of(
          "baseline", "Baseline",
          "mid", "Mid-treatment",
          "end", "End of treatment",
          "follow-up", "Follow-up");

  private ObservationMapper() {}

  /**
   * @throws IllegalArgumentException for a time point other than baseline, mid, end, follow-up
   */
  public static Observation map(EpisodeExport episode, ScoreExport score) {
    Observation observation = new Observation();
    observation.setId(score.id());
    observation.setStatus(ObservationStatus.FINAL);
    observation.addCategory(Datatypes.concept(Systems.OBSERVATION_CATEGORY, "survey", "Survey"));
    observation.setCode(
        Datatypes.concept(Systems.INSTRUMENT, score.instrumentCode(), score.instrumentName()));
    observation.setSubject(Datatypes.reference(ResourceType.Patient, episode.child().id()));
    observation.setEffective(Datatypes.dateTime(score.effective()));
    observation.setValue(score.isCategorical() ? category(score) : quantity(score));
    observation
        .addComponent()
        .setCode(Datatypes.concept(Systems.SCORE_COMPONENT, "time-point", "Time point"))
        .setValue(timePoint(score.timePoint()));
    return observation;
  }

  // Scores have no unit. UCUM's {score} annotation validates but is ignored in unit comparison
  // and flagged as misleading, so the value stands alone.
  private static Quantity quantity(ScoreExport score) {
    return new Quantity().setValue(score.numericValue());
  }

  private static CodeableConcept category(ScoreExport score) {
    CodeableConcept concept = new CodeableConcept();
    concept
        .addCoding()
        .setSystem(Systems.instrumentCategories(score.instrumentCode()))
        .setCode(score.categoryCode())
        .setDisplay(score.categoryDisplay());
    return concept;
  }

  private static CodeableConcept timePoint(String code) {
    String display = TIME_POINTS.get(code);
    if (display == null) {
      throw new IllegalArgumentException(
          "unknown time point '" + code + "'; expected one of " + TIME_POINTS.keySet());
    }
    return Datatypes.concept(Systems.TIME_POINT, code, display);
  }
}
