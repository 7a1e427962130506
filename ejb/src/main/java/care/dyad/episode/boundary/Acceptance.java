package care.dyad.episode.boundary;

import jakarta.validation.constraints.Size;

/**
 * A clinician's acceptance of a referral.
 *
 * @param diagnosisCode the provisional ICD-11 MMS code; 6B44 when omitted
 */
public record Acceptance(@Size(max = 16) String diagnosisCode) {

  public static final Acceptance DEFAULT = new Acceptance(null);
}
