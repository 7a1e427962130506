package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import care.dyad.fhir.export.OrganizationExport;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;

class OrganizationMapperTest {

  @Test
  void centreIsAHealthcareProviderUnderOurCentreId() {
    Organization centre =
        OrganizationMapper.map(
            OrganizationExport.centre(Exports.CENTRE_ID, "North Child Development Centre"));

    FhirValidation.assertValid(centre);
    assertEquals("centre-north", centre.getIdElement().getIdPart());
    assertEquals(
        "https://dyadcare.example.org/fhir/sid/centre", centre.getIdentifierFirstRep().getSystem());
    assertEquals("north", centre.getIdentifierFirstRep().getValue());
    Coding type = centre.getTypeFirstRep().getCodingFirstRep();
    assertEquals("http://terminology.hl7.org/CodeSystem/organization-type", type.getSystem());
    assertEquals("prov", type.getCode());
    assertTrue(centre.getActive());
    assertEquals("North Child Development Centre", centre.getName());
  }

  @Test
  void payerIsAPayerUnderOurPayerId() {
    Organization payer =
        OrganizationMapper.map(
            OrganizationExport.payer(Exports.PAYER_ID, "Northwind Health Insurance"));

    FhirValidation.assertValid(payer);
    assertEquals("payer-" + Exports.PAYER_ID, payer.getIdElement().getIdPart());
    assertEquals(
        "https://dyadcare.example.org/fhir/sid/payer", payer.getIdentifierFirstRep().getSystem());
    assertEquals(Exports.PAYER_ID, payer.getIdentifierFirstRep().getValue());
    assertEquals("pay", payer.getTypeFirstRep().getCodingFirstRep().getCode());
  }

  @Test
  void centreAndPayerWithTheSameIdStayApart() {
    assertEquals(
        "centre-x", OrganizationMapper.map(OrganizationExport.centre("x", null)).getIdPart());
    assertEquals(
        "payer-x", OrganizationMapper.map(OrganizationExport.payer("x", null)).getIdPart());
  }

  @Test
  void unknownNameIsLeftOutAndTheIdentifierSuffices() {
    Organization centre = OrganizationMapper.map(OrganizationExport.centre("south", null));

    FhirValidation.assertValid(centre);
    assertFalse(centre.hasName());
  }

  @Test
  void idThatCannotBecomeAFhirIdIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> OrganizationExport.centre("north west", null));
    assertThrows(
        IllegalArgumentException.class, () -> OrganizationExport.payer("p".repeat(59), null));
  }
}
