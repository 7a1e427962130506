package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import care.dyad.fhir.export.ProgrammeExport;
import java.util.Locale;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.PlanDefinition;

/**
 * A programme of the catalogue as a clinical-protocol PlanDefinition, at the canonical URL a
 * CarePlan's {@code instantiatesCanonical} names. Its one action is the programme's sessions, timed
 * as the catalogue defines the dose today.
 */
public final class PlanDefinitionMapper {

  private PlanDefinitionMapper() {}

  public static PlanDefinition map(ProgrammeExport programme) {
    PlanDefinition plan = new PlanDefinition();
    plan.setId(programme.code());
    plan.setUrl(Systems.planDefinition(programme.code()));
    plan.setName(computableName(programme.code()));
    plan.setTitle(programme.name());
    plan.setType(
        Datatypes.concept(Systems.PLAN_DEFINITION_TYPE, "clinical-protocol", "Clinical Protocol"));
    plan.setStatus(PublicationStatus.ACTIVE);
    plan.addAction()
        .addCode(
            Datatypes.concept(
                Systems.CARE_PLAN_ACTIVITY, "programme-sessions", "Programme sessions"))
        .setTiming(Doses.timing(programme.dose(), programme.dose().plannedSessions()));
    return plan;
  }

  /**
   * A name machines can use (FHIR's cnl-0: an upper-case letter, then letters, digits or
   * underscores), from the code: {@code vipp-sd} becomes {@code VippSd}.
   */
  static String computableName(String code) {
    StringBuilder name = new StringBuilder();
    for (String part : code.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name.insert(0, "Programme");
    }
    return name.toString();
  }
}
