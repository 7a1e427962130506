package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;

/**
 * The instrument catalogue's domains and their codes in our {@code instrument-domain} CodeSystem,
 * by which a payer summary is stratified.
 */
public final class InstrumentDomains {

  // Keys as in the instrument catalogue; codes and displays as in
  // CodeSystem-instrument-domain.json, which the tests check.
  private static final Map<String, Coding> CODES =
      Map.of(
          "caregiver sensitivity",
          coding("caregiver-sensitivity", "Caregiver sensitivity"),
          "dyad emotional availability",
          coding("dyad-emotional-availability", "Dyad emotional availability"),
          "attachment security",
          coding("attachment-security", "Attachment security"),
          "attachment problems",
          coding("attachment-problems", "Attachment problems"),
          "social-emotional development",
          coding("social-emotional-development", "Social-emotional development"),
          "child regulation / behaviour",
          coding("child-regulation-behaviour", "Child regulation / behaviour"),
          "caregiver stress",
          coding("caregiver-stress", "Caregiver stress"));

  private InstrumentDomains() {}

  /** The catalogue domains {@link #coding} accepts. */
  public static Set<String> supported() {
    return CODES.keySet();
  }

  /**
   * A fresh coding for one of the catalogue's domains.
   *
   * @throws IllegalArgumentException for a domain not in {@link #supported()}
   */
  public static Coding coding(String domain) {
    Coding coding = CODES.get(domain);
    if (coding == null) {
      throw new IllegalArgumentException(
          "unknown instrument domain '" + domain + "'; expected one of " + supported());
    }
    return coding.copy();
  }

  private static Coding coding(String code, String display) {
    return new Coding(Systems.INSTRUMENT_DOMAIN, code, display);
  }
}
