package care.dyad.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class FhirTest {

  @Test
  void contextIsSharedAcrossCalls() {
    assertSame(Fhir.context(), Fhir.context());
  }

  @Test
  void encodedJsonParsesBackToTheSameResource() {
    Patient patient = new Patient();
    patient.setId("p-1");
    patient.addIdentifier().setSystem("https://example.org/sid").setValue("42");

    Patient parsed = Fhir.parse(Patient.class, Fhir.encode(patient));

    assertEquals("p-1", parsed.getIdElement().getIdPart());
    assertEquals("42", parsed.getIdentifierFirstRep().getValue());
  }

  @Test
  void compactEncodingHasNoLineBreaks() {
    Patient patient = new Patient();
    patient.setId("p-1");

    assertFalse(Fhir.encode(patient).contains("\n"));
  }
}
