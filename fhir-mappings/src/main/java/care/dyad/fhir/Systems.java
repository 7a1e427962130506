package care.dyad.fhir;

import java.util.Objects;

/**
 * Every canonical URL and identifier system this module writes, in one place so that mappers,
 * conformance resources and tests cannot drift apart.
 */
public final class Systems {

  /** Root of the URLs we mint; example.org until a real domain is registered. */
  public static final String BASE = "https://dyadcare.example.org/fhir";

  // Code systems we publish (see src/main/resources/fhir).
  public static final String ICD11_MMS = "http://id.who.int/icd/release/11/mms";
  public static final String INSTRUMENT = BASE + "/CodeSystem/instrument";
  public static final String STRANGE_SITUATION = BASE + "/CodeSystem/strange-situation";
  public static final String TIME_POINT = BASE + "/CodeSystem/time-point";
  public static final String SCORE_COMPONENT = BASE + "/CodeSystem/score-component";
  public static final String SESSION_ATTENDANCE = BASE + "/CodeSystem/session-attendance";
  public static final String CARE_PLAN_ACTIVITY = BASE + "/CodeSystem/care-plan-activity";
  public static final String INSTRUMENT_DOMAIN = BASE + "/CodeSystem/instrument-domain";
  public static final String PAYER_SUMMARY = BASE + "/CodeSystem/payer-summary";

  // Knowledge resources we publish.
  public static final String PAYER_SUMMARY_MEASURE = BASE + "/Measure/payer-summary";

  // Identifier systems.
  public static final String EPISODE_ID = BASE + "/sid/episode";
  public static final String REFERRAL_ID = BASE + "/sid/referral";
  public static final String BUNDLE_ID = BASE + "/sid/bundle";
  public static final String CENTRE_ID = BASE + "/sid/centre";
  public static final String PAYER_ID = BASE + "/sid/payer";
  public static final String CARE_PLAN_ID = BASE + "/sid/care-plan";
  public static final String SESSION_ID = BASE + "/sid/session";

  // Operations we define.
  public static final String OUTCOME_BUNDLE_OPERATION =
      BASE + "/OperationDefinition/EpisodeOfCare-outcome-bundle";

  // HL7 terminology we use.
  public static final String V3_ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
  public static final String V2_CONTACT_ROLE = "http://terminology.hl7.org/CodeSystem/v2-0131";
  public static final String CONDITION_CLINICAL =
      "http://terminology.hl7.org/CodeSystem/condition-clinical";
  public static final String CONDITION_VER_STATUS =
      "http://terminology.hl7.org/CodeSystem/condition-ver-status";
  public static final String CONDITION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/condition-category";
  public static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  public static final String RESTFUL_SECURITY_SERVICE =
      "http://terminology.hl7.org/CodeSystem/restful-security-service";
  public static final String ORGANIZATION_TYPE =
      "http://terminology.hl7.org/CodeSystem/organization-type";
  public static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  public static final String PLAN_DEFINITION_TYPE =
      "http://terminology.hl7.org/CodeSystem/plan-definition-type";
  public static final String MEASURE_POPULATION =
      "http://terminology.hl7.org/CodeSystem/measure-population";

  private Systems() {}

  /** Member ids are only unique per payer, so each payer gets its own identifier system. */
  public static String payerMemberId(String payerId) {
    Objects.requireNonNull(payerId, "payerId is required");
    return BASE + "/sid/payer/" + payerId + "/member-id";
  }

  /**
   * A payer's summaries (MeasureReports) are identified per payer, like its members: the value
   * names the centre (or all centres) and the period.
   */
  public static String payerSummaryId(String payerId) {
    Objects.requireNonNull(payerId, "payerId is required");
    return BASE + "/sid/payer/" + payerId + "/summary";
  }

  /** The canonical URL of a programme's PlanDefinition, which a CarePlan instantiates. */
  public static String planDefinition(String programmeCode) {
    Objects.requireNonNull(programmeCode, "programmeCode is required");
    return BASE + "/PlanDefinition/" + programmeCode;
  }

  /**
   * The CodeSystem holding a categorical instrument's answers, named after the instrument so that
   * each later categorical instrument gets its own (Strange Situation: {@link #STRANGE_SITUATION}).
   */
  public static String instrumentCategories(String instrumentCode) {
    Objects.requireNonNull(instrumentCode, "instrumentCode is required");
    return BASE + "/CodeSystem/" + instrumentCode;
  }
}
