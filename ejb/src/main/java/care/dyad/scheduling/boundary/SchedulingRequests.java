package care.dyad.scheduling.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What schedulers send to book, move and cancel sessions. */
public final class SchedulingRequests {

  private SchedulingRequests() {}

  /**
   * One session: with a clinician, in a room or as a home visit, at a time with its offset (e.g.
   * 2026-12-01T10:00:00Z or 2026-12-01T10:00:00+00:00).
   *
   * @param durationMinutes the care plan's session length when omitted
   * @param overrideIntervalReason books despite the programme's minimum interval; audited
   */
  public record NewSession(
      @NotBlank(message = "clinicianId is required") String clinicianId,
      @NotNull(message = "startsAt is required, e.g. 2026-12-01T10:00:00Z") OffsetDateTime startsAt,
      Integer durationMinutes,
      UUID roomId,
      boolean homeVisit,
      @Size(max = 1000) String overrideIntervalReason) {}

  /**
   * A whole programme at a cadence, all or nothing. Occurrences keep the first one's local
   * wall-clock time, across daylight-saving changes too.
   *
   * @param intervalDays 7 for weekly; the programme's minimum interval when omitted
   */
  public record NewSeries(
      @NotBlank(message = "clinicianId is required") String clinicianId,
      @NotNull(message = "firstStartsAt is required, e.g. 2026-12-01T10:00:00Z")
          OffsetDateTime firstStartsAt,
      @NotNull(message = "count is required") @Min(1) @Max(60) Integer count,
      @Min(1) @Max(90) Integer intervalDays,
      Integer durationMinutes,
      UUID roomId,
      boolean homeVisit,
      @Size(max = 1000) String overrideIntervalReason) {}

  /** Moving a booking; the original stays in the history as rescheduled. */
  public record Reschedule(
      @NotNull(message = "startsAt is required") OffsetDateTime startsAt,
      @NotBlank(
              message = "reason is required: by-family, by-centre, clinician-unavailable or other")
          String reason,
      @Size(max = 1000) String note,
      @Size(max = 1000) String overrideIntervalReason) {}

  /** Cancelling a booking with a structured reason. */
  public record Cancellation(
      @NotBlank(
              message = "reason is required: by-family, by-centre, clinician-unavailable or other")
          String reason,
      @Size(max = 1000) String note) {}
}
