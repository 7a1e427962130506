package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import care.dyad.fhir.export.DomainImprovementExport;
import care.dyad.fhir.export.PayerSummaryExport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupPopulationComponent;
import org.junit.jupiter.api.Test;

class MeasureReportMapperTest {

  @Test
  void summaryValidatesAgainstOurMeasureWithoutErrors() {
    MeasureReport report = MeasureReportMapper.map(Exports.payerSummary());

    FhirValidation.assertValid(report);
    assertEquals(MeasureReportStatus.COMPLETE, report.getStatus());
    assertEquals(MeasureReportType.SUMMARY, report.getType());
    assertEquals("https://dyadcare.example.org/fhir/Measure/payer-summary", report.getMeasure());
    assertEquals("2026-01-01", report.getPeriod().getStartElement().getValueAsString());
    assertEquals("2026-06-30", report.getPeriod().getEndElement().getValueAsString());
    assertEquals("Organization/centre-north", report.getReporter().getReference());
  }

  @Test
  void summaryWarnsAboutNothingButNarrative() {
    List<SingleValidationMessage> messages =
        FhirValidation.validate(MeasureReportMapper.map(Exports.payerSummary()))
            .getMessages()
            .stream()
            .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
            .filter(m -> !m.getMessage().contains("dom-6"))
            .toList();

    assertTrue(messages.isEmpty(), () -> FhirValidation.describe(messages));
  }

  @Test
  void summaryIsIdentifiedPerPayerCentreAndPeriod() {
    MeasureReport report = MeasureReportMapper.map(Exports.payerSummary());

    assertEquals(
        "https://dyadcare.example.org/fhir/sid/payer/" + Exports.PAYER_ID + "/summary",
        report.getIdentifierFirstRep().getSystem());
    assertEquals("centre/north/2026-01-01/2026-06-30", report.getIdentifierFirstRep().getValue());
    assertEquals(MeasureReportMapper.id(Exports.payerSummary()), report.getIdElement().getIdPart());
    assertEquals(report.getIdPart(), MeasureReportMapper.map(Exports.payerSummary()).getIdPart());
    assertNotEquals(report.getIdPart(), MeasureReportMapper.map(allCentres()).getIdPart());
  }

  @Test
  void episodesOpenedCompletedAndDroppedOutAreCountedAndShared() {
    MeasureReport report = MeasureReportMapper.map(Exports.payerSummary());

    assertEquals(12, count(group(report, "episodes-opened"), "initial-population"));
    assertEquals(7, count(group(report, "completion"), "numerator"));
    assertEquals(10, count(group(report, "completion"), "denominator"));
    assertEquals(new BigDecimal("0.7"), group(report, "completion").getMeasureScore().getValue());
    assertEquals(2, count(group(report, "dropout"), "numerator"));
    assertEquals(10, count(group(report, "dropout"), "denominator"));
    assertEquals(new BigDecimal("0.2"), group(report, "dropout").getMeasureScore().getValue());
    assertFalse(group(report, "episodes-opened").hasMeasureScore());
  }

  @Test
  void doseDeliveredIsSetAgainstTheAuthorisedDose() {
    MeasureReportGroupComponent dose =
        group(MeasureReportMapper.map(Exports.payerSummary()), "dose");

    assertEquals(62, count(dose, "numerator"));
    assertEquals(71, count(dose, "denominator"));
    assertEquals(new BigDecimal("0.8732"), dose.getMeasureScore().getValue());
  }

  @Test
  void reliableImprovementIsStratifiedByInstrumentDomain() {
    MeasureReportGroupComponent improvement =
        group(MeasureReportMapper.map(Exports.payerSummary()), "reliable-improvement");

    assertEquals(6, count(improvement, "numerator"));
    assertEquals(9, count(improvement, "denominator"));
    assertEquals(
        "instrument-domain",
        improvement.getStratifierFirstRep().getCodeFirstRep().getCodingFirstRep().getCode());
    List<StratifierGroupComponent> strata = improvement.getStratifierFirstRep().getStratum();
    assertEquals(
        List.of("attachment-security", "caregiver-sensitivity"),
        strata.stream().map(s -> s.getValue().getCodingFirstRep().getCode()).toList());
    StratifierGroupComponent sensitivity = strata.get(1);
    assertEquals(6, stratumCount(sensitivity, "numerator"));
    assertEquals(8, stratumCount(sensitivity, "denominator"));
    assertEquals(new BigDecimal("0.75"), sensitivity.getMeasureScore().getValue());
    assertEquals(new BigDecimal("0.3333"), strata.get(0).getMeasureScore().getValue());
  }

  @Test
  void emptyPeriodHasCountsOfZeroAndNoShares() {
    MeasureReport report =
        MeasureReportMapper.map(
            new PayerSummaryExport(
                "southbay",
                null,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31),
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                List.of()));

    FhirValidation.assertValid(report);
    assertFalse(report.hasReporter());
    report.getGroup().forEach(g -> assertFalse(g.hasMeasureScore()));
    assertFalse(group(report, "reliable-improvement").getStratifierFirstRep().hasStratum());
    assertEquals(0, count(group(report, "completion"), "denominator"));
  }

  @Test
  void summaryOverAllCentresHasNoReporter() {
    MeasureReport report = MeasureReportMapper.map(allCentres());

    FhirValidation.assertValid(report);
    assertFalse(report.hasReporter());
    assertEquals("all-centres/2026-01-01/2026-06-30", report.getIdentifierFirstRep().getValue());
  }

  @Test
  void everyCatalogueDomainHasAValidCode() {
    List<DomainImprovementExport> domains =
        InstrumentDomains.supported().stream()
            .sorted()
            .map(domain -> new DomainImprovementExport(domain, 1, 1))
            .toList();
    PayerSummaryExport summary =
        new PayerSummaryExport(
            Exports.PAYER_ID,
            Exports.CENTRE_ID,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 30),
            1,
            1,
            1,
            0,
            7,
            7,
            1,
            1,
            domains);

    FhirValidation.assertValid(MeasureReportMapper.map(summary));
  }

  @Test
  void domainOutsideTheCatalogueIsRejected() {
    PayerSummaryExport summary = withDomains(List.of(new DomainImprovementExport("mood", 1, 0)));

    assertThrows(IllegalArgumentException.class, () -> MeasureReportMapper.map(summary));
  }

  @Test
  void inconsistentCountsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> withDomains(List.of(new DomainImprovementExport("caregiver stress", 2, 3))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PayerSummaryExport(
                "p",
                null,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31),
                0,
                1,
                1,
                1,
                0,
                0,
                0,
                0,
                List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            withDomains(
                List.of(
                    new DomainImprovementExport("caregiver stress", 1, 0),
                    new DomainImprovementExport("caregiver stress", 1, 1))));
  }

  private static PayerSummaryExport allCentres() {
    PayerSummaryExport s = Exports.payerSummary();
    return new PayerSummaryExport(
        s.payerId(),
        null,
        s.periodStart(),
        s.periodEnd(),
        s.episodesOpened(),
        s.episodesClosed(),
        s.episodesCompleted(),
        s.episodesDroppedOut(),
        s.sessionsPlanned(),
        s.sessionsDelivered(),
        s.episodesRemeasured(),
        s.episodesImproved(),
        s.domains());
  }

  private static PayerSummaryExport withDomains(List<DomainImprovementExport> domains) {
    PayerSummaryExport s = Exports.payerSummary();
    return new PayerSummaryExport(
        s.payerId(),
        s.centreId(),
        s.periodStart(),
        s.periodEnd(),
        s.episodesOpened(),
        s.episodesClosed(),
        s.episodesCompleted(),
        s.episodesDroppedOut(),
        s.sessionsPlanned(),
        s.sessionsDelivered(),
        s.episodesRemeasured(),
        s.episodesImproved(),
        domains);
  }

  private static MeasureReportGroupComponent group(MeasureReport report, String code) {
    return report.getGroup().stream()
        .filter(g -> g.getCode().getCodingFirstRep().getCode().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + code));
  }

  private static int count(MeasureReportGroupComponent group, String population) {
    return group.getPopulation().stream()
        .filter(p -> p.getCode().getCodingFirstRep().getCode().equals(population))
        .map(MeasureReportGroupPopulationComponent::getCount)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no population " + population));
  }

  private static int stratumCount(StratifierGroupComponent stratum, String population) {
    return stratum.getPopulation().stream()
        .filter(p -> p.getCode().getCodingFirstRep().getCode().equals(population))
        .map(StratifierGroupPopulationComponent::getCount)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no population " + population));
  }
}
