package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import care.dyad.fhir.export.EpisodeExport;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Coverage.CoverageStatus;
import org.junit.jupiter.api.Test;

class CoverageMapperTest {

  @Test
  void payerCoversTheChildUnderItsMemberId() {
    Coverage coverage = CoverageMapper.map(Exports.finishedEpisode());

    FhirValidation.assertValid(coverage);
    assertEquals(CoverageStatus.ACTIVE, coverage.getStatus());
    assertEquals("Patient/" + Exports.CHILD_ID, coverage.getBeneficiary().getReference());
    assertEquals(
        "Organization/payer-" + Exports.PAYER_ID, coverage.getPayorFirstRep().getReference());
    assertEquals("M-0048213", coverage.getSubscriberId());
    assertEquals(
        "https://dyadcare.example.org/fhir/sid/payer/" + Exports.PAYER_ID + "/member-id",
        coverage.getIdentifierFirstRep().getSystem());
    assertEquals("M-0048213", coverage.getIdentifierFirstRep().getValue());
  }

  @Test
  void idDependsOnPayerAndChildOnlySoEveryEpisodeSharesIt() {
    Coverage finished = CoverageMapper.map(Exports.finishedEpisode());
    Coverage open = CoverageMapper.map(Exports.episode().open().build());

    assertEquals(finished.getIdPart(), open.getIdPart());
    assertEquals(
        CoverageMapper.id(Exports.PAYER_ID, Exports.CHILD_ID), finished.getIdElement().getIdPart());
    assertNotEquals(
        CoverageMapper.id(Exports.PAYER_ID, Exports.CHILD_ID),
        CoverageMapper.id("southbay", Exports.CHILD_ID));
  }

  @Test
  void episodeWithoutPayerOrganizationHasNoCoverage() {
    EpisodeExport episode = Exports.episode().payer(null).build();

    assertThrows(IllegalArgumentException.class, () -> CoverageMapper.map(episode));
  }
}
