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

  // Identifier systems.
  public static final String EPISODE_ID = BASE + "/sid/episode";
  public static final String REFERRAL_ID = BASE + "/sid/referral";
  public static final String BUNDLE_ID = BASE + "/sid/bundle";

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

  private Systems() {}

  /** Member ids are only unique per payer, so each payer gets its own identifier system. */
  public static String payerMemberId(String payerId) {
    Objects.requireNonNull(payerId, "payerId is required");
    return BASE + "/sid/payer/" + payerId + "/member-id";
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
