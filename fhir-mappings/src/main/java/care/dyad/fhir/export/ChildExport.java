package care.dyad.fhir.export;

import java.time.LocalDate;

/**
 * The child of the dyad. Deliberately has no name: the payer identifies the child only by its own
 * member id, which lives on {@link EpisodeExport}.
 *
 * @param id our id for the child; becomes the Patient id
 * @param birthDate nullable; exported only when known
 */
public record ChildExport(String id, LocalDate birthDate) {

  public ChildExport {
    Require.fhirId(id, "child id");
  }
}
