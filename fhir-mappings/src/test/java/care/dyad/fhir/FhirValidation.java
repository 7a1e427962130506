package care.dyad.fhir;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport.CodeValidationResult;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Measure;

/**
 * Offline validation of FHIR R4 output against the core specification plus our own CodeSystems and
 * Measures. There is deliberately no remote terminology server: what the validator cannot resolve
 * locally shows up as a message rather than a network call.
 *
 * <p>HAPI 8.8's instance validator does not compare a coding's display with its CodeSystem, so
 * {@link #assertValid} checks displays itself against the same terminology.
 */
public final class FhirValidation {

  private FhirValidation() {}

  /**
   * One validator for the whole test JVM: its first use loads every R4 profile and value set, which
   * takes seconds. FhirValidator is thread-safe once configured.
   */
  public static FhirValidator validator() {
    return Holder.VALIDATOR;
  }

  public static ValidationResult validate(IBaseResource resource) {
    return validator().validateWithResult(resource);
  }

  /** Messages of severity error or fatal. */
  public static List<SingleValidationMessage> errors(ValidationResult result) {
    return result.getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .toList();
  }

  /** One message per coding, anywhere in the resource, whose display its CodeSystem disowns. */
  public static List<String> displayMismatches(IBaseResource resource) {
    List<String> mismatches = new ArrayList<>();
    collectDisplayMismatches(resource, mismatches);
    return mismatches;
  }

  private static void collectDisplayMismatches(IBaseResource resource, List<String> mismatches) {
    ConceptValidationOptions options = new ConceptValidationOptions().setValidateDisplay(true);
    ValidationSupportContext context = new ValidationSupportContext(Holder.TERMINOLOGY);
    for (Coding coding :
        Fhir.context().newTerser().getAllPopulatedChildElementsOfType(resource, Coding.class)) {
      if (!coding.hasSystem() || !coding.hasCode() || !coding.hasDisplay()) {
        continue;
      }
      CodeValidationResult result =
          Holder.TERMINOLOGY.validateCode(
              context, options, coding.getSystem(), coding.getCode(), coding.getDisplay(), null);
      if (result != null && result.getMessage() != null) {
        mismatches.add(result.getMessage());
      }
    }
    // The terser stops at resource boundaries, so a bundle's entries are walked one by one.
    if (resource instanceof Bundle bundle) {
      bundle.getEntry().forEach(e -> collectDisplayMismatches(e.getResource(), mismatches));
    }
  }

  /**
   * Fails, listing every problem, on validation errors or display mismatches; returns the result
   * for further checks on warnings.
   */
  public static ValidationResult assertValid(IBaseResource resource) {
    ValidationResult result = validate(resource);
    List<SingleValidationMessage> errors = errors(result);
    List<String> mismatches = displayMismatches(resource);
    assertTrue(
        errors.isEmpty() && mismatches.isEmpty(),
        () ->
            resource.fhirType()
                + " is not valid:\n"
                + describe(errors)
                + "\n"
                + String.join("\n", mismatches)
                + "\n"
                + Fhir.encodePretty(resource));
    return result;
  }

  /** One line per message: severity, location, text. */
  public static String describe(List<SingleValidationMessage> messages) {
    return messages.stream()
        .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
        .collect(Collectors.joining("\n"));
  }

  private static final class Holder {
    static final IValidationSupport TERMINOLOGY = terminology(Fhir.context());
    static final FhirValidator VALIDATOR =
        Fhir.context()
            .newValidator()
            .registerValidatorModule(new FhirInstanceValidator(TERMINOLOGY));
  }

  /**
   * Serves our Measures, so that a MeasureReport is checked against the Measure it names (groups,
   * populations, stratifiers). PrePopulatedValidationSupport only holds terminology and profiles.
   */
  private static final class MeasureValidationSupport implements IValidationSupport {
    private final FhirContext context;
    private final Map<String, Measure> byUrl;

    MeasureValidationSupport(FhirContext context) {
      this.context = context;
      this.byUrl =
          ConformanceResources.measures().stream()
              .collect(Collectors.toMap(Measure::getUrl, Function.identity()));
    }

    @Override
    public FhirContext getFhirContext() {
      return context;
    }

    @Override
    public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
      Measure measure = byUrl.get(url);
      return type != null && type.isInstance(measure) ? type.cast(measure) : null;
    }
  }

  private static IValidationSupport terminology(FhirContext context) {
    PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(context);
    ConformanceResources.codeSystems().forEach(ours::addCodeSystem);
    return new ValidationSupportChain(
        new DefaultProfileValidationSupport(context),
        ours,
        new MeasureValidationSupport(context),
        new CommonCodeSystemsTerminologyService(context),
        new InMemoryTerminologyServerValidationSupport(context),
        new SnapshotGeneratingValidationSupport(context));
  }
}
