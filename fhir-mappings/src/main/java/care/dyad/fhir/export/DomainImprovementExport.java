package care.dyad.fhir.export;

/**
 * Reliable improvement in one instrument domain, over the episodes of a payer summary.
 *
 * @param domain the instrument catalogue's domain, e.g. {@code caregiver sensitivity}; checked
 *     where it is mapped to a code
 * @param remeasured episodes with a baseline and a later score in this domain
 * @param improved of those, episodes whose change from baseline is a reliable improvement
 */
public record DomainImprovementExport(String domain, int remeasured, int improved) {

  public DomainImprovementExport {
    Require.present(domain, "domain");
    Require.count(remeasured, "remeasured in " + domain);
    Require.count(improved, "improved in " + domain);
    Require.atMost(improved, remeasured, "improved in " + domain, "remeasured");
  }
}
