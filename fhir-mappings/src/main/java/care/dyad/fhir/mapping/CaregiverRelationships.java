package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;

/**
 * Our caregiver relationships and the codes a payer receives for them, all from the R4 value set
 * {@code relatedperson-relationshiptype}. HL7 v3 RoleCode has no "kinship carer", so family member
 * stands in; for "other" only v2 table 0131's {@code O} says exactly that without claiming a legal
 * role (v3 {@code NOK} would, and is deprecated).
 */
public final class CaregiverRelationships {

  private static final Map<String, Coding> CODES =
      Map.of(
          "mother", new Coding(Systems.V3_ROLE_CODE, "MTH", "mother"),
          "father", new Coding(Systems.V3_ROLE_CODE, "FTH", "father"),
          "foster-carer", new Coding(Systems.V3_ROLE_CODE, "PRNFOST", "foster parent"),
          "adoptive-parent", new Coding(Systems.V3_ROLE_CODE, "ADOPTP", "adoptive parent"),
          "kinship-carer", new Coding(Systems.V3_ROLE_CODE, "FAMMEMB", "family member"),
          "other", new Coding(Systems.V2_CONTACT_ROLE, "O", "Other"));

  private CaregiverRelationships() {}

  /** The relationships {@link #coding} accepts. */
  public static Set<String> supported() {
    return CODES.keySet();
  }

  /**
   * A fresh coding for one of our relationships.
   *
   * @throws IllegalArgumentException for a relationship not in {@link #supported()}
   */
  public static Coding coding(String relationship) {
    Coding coding = CODES.get(relationship);
    if (coding == null) {
      throw new IllegalArgumentException(
          "unknown caregiver relationship '" + relationship + "'; expected one of " + supported());
    }
    return coding.copy();
  }
}
