package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;

/**
 * Turns an episode's outcome bundle into the transaction pushed to a payer's endpoint. Each entry
 * is a conditional create ({@code ifNoneExist} on its business identifier), or an update of its
 * stable id when it has none, and the bundle carries the delivery's own identifier: delivering the
 * same event twice leaves the payer's server as once.
 */
public final class TransactionBundleMapper {

  /** Resources whose content changes over an episode; the rest never change once created. */
  private static final java.util.Set<String> CHANGING =
      java.util.Set.of("EpisodeOfCare", "CarePlan");

  private TransactionBundleMapper() {}

  private static String search(Identifier identifier) {
    return "identifier=" + identifier.getSystem() + "|" + identifier.getValue();
  }

  /**
   * @param outcome a collection bundle from {@link EpisodeBundleMapper}
   * @param deliveryId the delivery's stable id, the transaction's {@code Bundle.identifier}
   */
  public static Bundle map(Bundle outcome, String deliveryId) {
    Objects.requireNonNull(outcome, "outcome is required");
    Objects.requireNonNull(deliveryId, "deliveryId is required");
    var transaction = new Bundle();
    transaction.setType(BundleType.TRANSACTION);
    transaction.getIdentifier().setSystem(Systems.BUNDLE_ID).setValue("delivery-" + deliveryId);
    transaction.setTimestampElement(outcome.getTimestampElement().copy());
    for (var entry : outcome.getEntry()) {
      var resource = entry.getResource();
      var copy = transaction.addEntry().setFullUrl(entry.getFullUrl()).setResource(resource);
      var identifier = firstIdentifier(resource);
      var request = copy.getRequest();
      if (identifier == null) {
        // No business identifier (a score, the diagnosis, the caregiver): its stable id is enough.
        request
            .setMethod(HTTPVerb.PUT)
            .setUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
      } else if (CHANGING.contains(resource.fhirType())) {
        // Status, period and dose change as the episode goes on: update what the payer holds.
        request.setMethod(HTTPVerb.PUT).setUrl(resource.fhirType() + "?" + search(identifier));
      } else {
        request
            .setMethod(HTTPVerb.POST)
            .setUrl(resource.fhirType())
            .setIfNoneExist(search(identifier));
      }
    }
    return transaction;
  }

  private static Identifier firstIdentifier(Resource resource) {
    Property property = resource.getNamedProperty("identifier");
    if (property == null || !property.hasValues()) {
      return null;
    }
    var first = property.getValues().get(0);
    return first instanceof Identifier identifier && identifier.hasSystem() && identifier.hasValue()
        ? identifier
        : null;
  }
}
