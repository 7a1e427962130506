package care.dyad.fhir.export;

/**
 * A programme of the catalogue, as a payer may see it: what it is called and its defined dose.
 *
 * @param code catalogue code, e.g. {@code vipp-sd}; becomes the PlanDefinition id and URL
 * @param name the catalogue's name for it
 * @param dose the dose the catalogue defines today; care plans keep the copy they were given
 */
public record ProgrammeExport(String code, String name, DoseExport dose) {

  public ProgrammeExport {
    Require.fhirId(code, "programme code");
    Require.present(name, "programme name");
    Require.present(dose, "programme dose");
  }
}
