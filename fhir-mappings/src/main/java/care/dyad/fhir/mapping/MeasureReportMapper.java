package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import care.dyad.fhir.export.DomainImprovementExport;
import care.dyad.fhir.export.OrganizationExport;
import care.dyad.fhir.export.PayerSummaryExport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * A payer summary as a summary MeasureReport of our {@code payer-summary} Measure (published in
 * {@code src/main/resources/fhir}). Each group is one indicator with standard population codes;
 * shares are the measure score, given only when the denominator is not zero. Reliable improvement
 * is stratified by instrument domain.
 */
public final class MeasureReportMapper {

  // Scores are shares; four places are finer than any payer decision needs and keep output stable.
  private static final int SCORE_SCALE = 4;

  private MeasureReportMapper() {}

  /**
   * @throws IllegalArgumentException for an instrument domain the catalogue does not know
   */
  public static MeasureReport map(PayerSummaryExport summary) {
    MeasureReport report = new MeasureReport();
    report.setId(id(summary));
    report
        .addIdentifier()
        .setSystem(Systems.payerSummaryId(summary.payerId()))
        .setValue(scope(summary) + "/" + summary.periodStart() + "/" + summary.periodEnd());
    report.setStatus(MeasureReportStatus.COMPLETE);
    report.setType(MeasureReportType.SUMMARY);
    report.setMeasure(Systems.PAYER_SUMMARY_MEASURE);
    report.getPeriod().setStartElement(Datatypes.dateTime(summary.periodStart()));
    report.getPeriod().setEndElement(Datatypes.dateTime(summary.periodEnd()));
    if (summary.centreId() != null) {
      report.setReporter(
          Datatypes.reference(
              ResourceType.Organization,
              OrganizationExport.centre(summary.centreId(), null).fhirId()));
    }

    report
        .addGroup()
        .setCode(group("episodes-opened", "Episodes opened"))
        .addPopulation()
        .setCode(population("initial-population", "Initial Population"))
        .setCount(summary.episodesOpened());
    proportion(
        report.addGroup().setCode(group("completion", "Completed episodes")),
        summary.episodesCompleted(),
        summary.episodesClosed());
    proportion(
        report.addGroup().setCode(group("dropout", "Dropped-out episodes")),
        summary.episodesDroppedOut(),
        summary.episodesClosed());
    proportion(
        report.addGroup().setCode(group("dose", "Dose delivered")),
        summary.sessionsDelivered(),
        summary.sessionsPlanned());
    MeasureReportGroupComponent improvement =
        report.addGroup().setCode(group("reliable-improvement", "Reliable improvement"));
    proportion(improvement, summary.episodesImproved(), summary.episodesRemeasured());
    // The Measure defines the stratifier, so it is reported even when no domain has strata.
    MeasureReportGroupStratifierComponent byDomain =
        improvement.addStratifier().addCode(group("instrument-domain", "Instrument domain"));
    summary.domains().stream()
        .map(MeasureReportMapper::stratum)
        .sorted(Comparator.comparing(s -> s.getValue().getCodingFirstRep().getCode()))
        .forEach(byDomain::addStratum);
    return report;
  }

  /**
   * One payer's summary of one scope and period is one report, re-exported under the same id: a
   * name-based UUID of payer, centre (or all centres) and period.
   */
  public static String id(PayerSummaryExport summary) {
    String name =
        "payer-summary/"
            + summary.payerId()
            + "/"
            + scope(summary)
            + "/"
            + summary.periodStart()
            + "/"
            + summary.periodEnd();
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static String scope(PayerSummaryExport summary) {
    return summary.centreId() == null ? "all-centres" : "centre/" + summary.centreId();
  }

  private static StratifierGroupComponent stratum(DomainImprovementExport domain) {
    StratifierGroupComponent stratum = new StratifierGroupComponent();
    stratum.setValue(new CodeableConcept(InstrumentDomains.coding(domain.domain())));
    stratum
        .addPopulation()
        .setCode(population("numerator", "Numerator"))
        .setCount(domain.improved());
    stratum
        .addPopulation()
        .setCode(population("denominator", "Denominator"))
        .setCount(domain.remeasured());
    if (domain.remeasured() > 0) {
      stratum.setMeasureScore(share(domain.improved(), domain.remeasured()));
    }
    return stratum;
  }

  private static void proportion(
      MeasureReportGroupComponent group, int numerator, int denominator) {
    group.addPopulation().setCode(population("numerator", "Numerator")).setCount(numerator);
    group.addPopulation().setCode(population("denominator", "Denominator")).setCount(denominator);
    if (denominator > 0) {
      group.setMeasureScore(share(numerator, denominator));
    }
  }

  // Unitless: a share, not a quantity of anything.
  private static Quantity share(int numerator, int denominator) {
    BigDecimal share =
        BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), SCORE_SCALE, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    // stripTrailingZeros turns 10 into 1E+1; a payer should read plain decimals.
    return new Quantity().setValue(share.scale() < 0 ? share.setScale(0) : share);
  }

  // Displays as in CodeSystem-payer-summary.json; the tests check that they agree.
  private static CodeableConcept group(String code, String display) {
    return Datatypes.concept(Systems.PAYER_SUMMARY, code, display);
  }

  private static CodeableConcept population(String code, String display) {
    return Datatypes.concept(Systems.MEASURE_POPULATION, code, display);
  }
}
