package care.dyad.programme.boundary;

import care.dyad.programme.entity.Programme;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A programme as a centre admin defines it. */
public record ProgrammeDefinition(
    @NotBlank(message = "name is required") @Size(max = 200) String name,
    @NotNull(message = "plannedSessions is required") @Min(1) @Max(100) Integer plannedSessions,
    @NotNull(message = "minimumSessions is required") @Min(1) @Max(100) Integer minimumSessions,
    @NotNull(message = "intervalMinDays is required") @Min(1) @Max(90) Integer intervalMinDays,
    @NotNull(message = "intervalMaxDays is required") @Min(1) @Max(90) Integer intervalMaxDays,
    @NotNull(message = "sessionMinutes is required") Integer sessionMinutes,
    @NotNull(message = "dyadic is required") Boolean dyadic,
    @NotNull(message = "videoFeedback is required") Boolean videoFeedback,
    @NotNull(message = "ageMinMonths is required") @Min(0) Integer ageMinMonths,
    @NotNull(message = "ageMaxMonths is required") @Max(216) Integer ageMaxMonths,
    Integer midAfterSession,
    Integer followUpWeeks,
    @NotBlank(message = "evidence is required") @Size(max = 2000) String evidence,
    Boolean active) {

  Programme.Definition toDefinition() {
    return new Programme.Definition(
        name.trim(),
        plannedSessions,
        minimumSessions,
        intervalMinDays,
        intervalMaxDays,
        sessionMinutes,
        dyadic,
        videoFeedback,
        ageMinMonths,
        ageMaxMonths,
        midAfterSession,
        followUpWeeks,
        evidence.trim(),
        active == null || active);
  }
}
