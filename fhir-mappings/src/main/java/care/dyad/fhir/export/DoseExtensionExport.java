package care.dyad.fhir.export;

import java.time.LocalDate;

/**
 * Extra sessions a clinician authorised beyond the planned dose. The justification is clinical free
 * text and who authorised it is staff data; neither is here.
 *
 * @param sessions how many extra sessions, at least 1
 * @param authorisedOn the day they were authorised
 */
public record DoseExtensionExport(int sessions, LocalDate authorisedOn) {

  public DoseExtensionExport {
    if (sessions < 1) {
      throw new IllegalArgumentException("a dose extension adds at least 1 session: " + sessions);
    }
    Require.present(authorisedOn, "dose extension authorisedOn");
  }
}
