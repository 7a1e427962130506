package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.junit.jupiter.api.Test;

class TransactionBundleMapperTest {

  private static Bundle transaction() {
    return TransactionBundleMapper.map(
        EpisodeBundleMapper.map(Exports.finishedEpisode(), Exports.BASE_URL, Exports.EXPORTED_AT),
        "d-1");
  }

  @Test
  void deliveryIsAValidTransaction() {
    var bundle = transaction();
    assertEquals(BundleType.TRANSACTION, bundle.getType());
    FhirValidation.assertValid(bundle);
  }

  @Test
  void unchangingRecordsAreConditionalCreatesAndChangingOnesUpdates() {
    for (var entry : transaction().getEntry()) {
      var request = entry.getRequest();
      var type = entry.getResource().fhirType();
      switch (type) {
        case "Patient", "Coverage", "Organization", "Encounter" -> {
          assertEquals(HTTPVerb.POST, request.getMethod(), type);
          assertEquals(type, request.getUrl());
          assertTrue(request.getIfNoneExist().startsWith("identifier=http"), type);
        }
        case "EpisodeOfCare", "CarePlan" -> {
          assertEquals(HTTPVerb.PUT, request.getMethod(), type);
          assertTrue(request.getUrl().startsWith(type + "?identifier=http"), type);
        }
        default -> {
          assertEquals(HTTPVerb.PUT, request.getMethod(), type);
          assertEquals(
              type + "/" + entry.getResource().getIdElement().getIdPart(), request.getUrl());
        }
      }
    }
  }

  @Test
  void redeliveryCarriesTheSameIdentifier() {
    assertEquals("delivery-d-1", transaction().getIdentifier().getValue());
    assertEquals(
        transaction().getEntry().get(0).getRequest().getIfNoneExist(),
        transaction().getEntry().get(0).getRequest().getIfNoneExist());
  }
}
