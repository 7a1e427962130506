package care.dyad.episode.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What clinicians send to move an episode along. */
public final class EpisodeRequests {

  private EpisodeRequests() {}

  /** A lifecycle step: to assessing, in-treatment, completed or withdrawn, with a reason. */
  public record Transition(
      @NotBlank(message = "to is required") String to,
      @NotBlank(message = "reason is required") @Size(max = 1000) String reason) {}

  /** A diagnosis (re)recorded: 6B44 or 6B45, provisional or confirmed. */
  public record DiagnosisChange(
      @NotBlank(message = "code is required (6B44 or 6B45)") String code,
      @NotBlank(message = "verification is required (provisional or confirmed)")
          String verification) {}

  /** A structured developmental assessment. */
  public record DevelopmentalAssessmentRecord(
      @NotBlank(message = "tool is required, e.g. Griffiths III") @Size(max = 200) String tool,
      @NotBlank(message = "finding is required") String finding,
      @NotNull(message = "performedOn is required (YYYY-MM-DD)")
          @PastOrPresent(message = "performedOn cannot be in the future")
          LocalDate performedOn) {}

  /** Assigning a programme; an age outside its range must be acknowledged. */
  public record ProgrammeAssignment(
      @NotBlank(message = "programmeCode is required") String programmeCode,
      Boolean acknowledgeAgeWarning) {}

  /** Extra sessions beyond the planned dose, with the clinician's justification. */
  public record DoseExtensionRequest(
      @NotNull(message = "sessions is required") @Min(1) @Max(20) Integer sessions,
      @NotBlank(message = "justification is required") @Size(max = 2000) String justification) {}
}
