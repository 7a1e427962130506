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

  private TransactionBundleMapper() {}

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
      if (identifier != null) {
        copy.getRequest()
            .setMethod(HTTPVerb.POST)
            .setUrl(resource.fhirType())
            .setIfNoneExist("identifier=" + identifier.getSystem() + "|" + identifier.getValue());
      } else {
        copy.getRequest()
            .setMethod(HTTPVerb.PUT)
            .setUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
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
