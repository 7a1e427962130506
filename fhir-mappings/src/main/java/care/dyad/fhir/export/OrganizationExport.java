package care.dyad.fhir.export;

/**
 * A treating centre or a payer. Organisations are not people, so their name may be exported; no
 * contact details or staff are.
 *
 * @param id our id for the centre or payer, e.g. {@code north} or {@code northwind}
 * @param kind which of the two it is; decides the Organization id and identifier system
 * @param name nullable; exported only when given
 */
public record OrganizationExport(String id, Kind kind, String name) {

  /** The two kinds of organisation a payer hears about. */
  public enum Kind {
    CENTRE("centre"),
    PAYER("payer");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** Prefix of the Organization id, so that a centre and a payer with the same id never clash. */
    public String prefix() {
      return prefix;
    }
  }

  public OrganizationExport {
    Require.present(id, "organization id");
    Require.present(kind, "organization kind");
    Require.fhirId(kind.prefix() + "-" + id, "organization id with its kind prefix");
  }

  public static OrganizationExport centre(String id, String name) {
    return new OrganizationExport(id, Kind.CENTRE, name);
  }

  public static OrganizationExport payer(String id, String name) {
    return new OrganizationExport(id, Kind.PAYER, name);
  }

  /** The Organization id: {@code centre-<id>} or {@code payer-<id>}; stable across exports. */
  public String fhirId() {
    return kind.prefix() + "-" + id;
  }
}
