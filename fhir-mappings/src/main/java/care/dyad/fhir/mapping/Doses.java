package care.dyad.fhir.mapping;

import care.dyad.fhir.export.DoseExport;
import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Timing.TimingRepeatComponent;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;

/** A dose as a FHIR Timing, shared by the programme's PlanDefinition and an episode's CarePlan. */
final class Doses {

  private Doses() {}

  /**
   * {@code count} sessions of the dose's length, one every {@code intervalMinDays} to {@code
   * intervalMaxDays} days.
   */
  static Timing timing(DoseExport dose, int count) {
    Timing timing = new Timing();
    TimingRepeatComponent repeat = timing.getRepeat();
    repeat.setCount(count);
    repeat.setDuration(BigDecimal.valueOf(dose.sessionMinutes()));
    repeat.setDurationUnit(UnitsOfTime.MIN);
    repeat.setFrequency(1);
    repeat.setPeriod(BigDecimal.valueOf(dose.intervalMinDays()));
    repeat.setPeriodMax(BigDecimal.valueOf(dose.intervalMaxDays()));
    repeat.setPeriodUnit(UnitsOfTime.D);
    return timing;
  }
}
