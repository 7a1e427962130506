package care.dyad.export.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.export.control.Disclosures;
import care.dyad.export.control.EpisodeExportQuery;
import care.dyad.fhir.mapping.EpisodeBundleMapper;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;

/** What a payer may fetch: outcome data of the episodes it covers, as FHIR R4. */
@Stateless
@RolesAllowed(Roles.PAYER)
public class PayerExports {

  @Inject CurrentCaller caller;
  @Inject EpisodeExportQuery query;
  @Inject Disclosures disclosures;

  /** The episode's outcome bundle; another payer's episode is not found, not forbidden. */
  @Audited(action = "export.episode-bundle", target = "episode")
  public Bundle episodeBundle(UUID episodeId, String fhirBaseUrl) {
    var export =
        query
            .forPayer(episodeId, caller.get().payerId())
            .orElseThrow(() -> DomainException.notFound("EpisodeOfCare", episodeId));
    disclosures.record(List.of(export));
    return EpisodeBundleMapper.map(export, fhirBaseUrl, Instant.now());
  }
}
