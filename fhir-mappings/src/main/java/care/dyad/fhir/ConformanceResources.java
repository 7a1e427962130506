package care.dyad.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Measure;

/**
 * The conformance resources this project publishes, read from {@code /fhir/} on the classpath. Used
 * by validators in tests and, later, served to payers.
 */
public final class ConformanceResources {

  /** Classpath locations of our CodeSystems. */
  public static final List<String> CODE_SYSTEMS =
      List.of(
          "/fhir/CodeSystem-icd11-attachment.json",
          "/fhir/CodeSystem-instrument.json",
          "/fhir/CodeSystem-strange-situation.json",
          "/fhir/CodeSystem-time-point.json",
          "/fhir/CodeSystem-score-component.json",
          "/fhir/CodeSystem-session-attendance.json",
          "/fhir/CodeSystem-care-plan-activity.json",
          "/fhir/CodeSystem-instrument-domain.json",
          "/fhir/CodeSystem-payer-summary.json");

  /** Classpath locations of our Measures. */
  public static final List<String> MEASURES = List.of("/fhir/Measure-payer-summary.json");

  private ConformanceResources() {}

  /** Freshly parsed copies, so callers may change them without affecting each other. */
  public static List<CodeSystem> codeSystems() {
    return CODE_SYSTEMS.stream().map(path -> load(CodeSystem.class, path)).toList();
  }

  /** Freshly parsed copies of our Measures, which payer summaries (MeasureReports) report on. */
  public static List<Measure> measures() {
    return MEASURES.stream().map(path -> load(Measure.class, path)).toList();
  }

  private static <T extends IBaseResource> T load(Class<T> type, String path) {
    try (InputStream in = ConformanceResources.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing conformance resource " + path);
      }
      return Fhir.context().newJsonParser().parseResource(type, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conformance resource " + path, e);
    }
  }
}
