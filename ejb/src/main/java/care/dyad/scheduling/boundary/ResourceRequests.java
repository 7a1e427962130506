package care.dyad.scheduling.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Rooms, working hours and exceptions, as schedulers and centre admins send them. */
public final class ResourceRequests {

  private ResourceRequests() {}

  /** A new room; the centre may be omitted when you work in one. */
  public record NewRoom(@Size(max = 32) String centreId, @NotBlank @Size(max = 100) String name) {}

  /** A bookable clinician, with the caller's centres they work in. */
  public record ClinicianView(String username, String displayName, List<String> centres) {}

  /** A room as listed. */
  public record RoomView(UUID id, String centreId, String name, boolean active) {}

  /** A clinician's weekly hours at one centre, replacing the previous ones. */
  public record WeeklyHours(
      @Size(max = 32) String centreId,
      @NotNull(message = "blocks is required (may be empty)")
          @Size(max = 70, message = "blocks may list at most 70 blocks (ten a day)")
          @Valid
          List<Block> blocks) {}

  /**
   * One block, in the centre's local time.
   *
   * @param day monday … sunday
   */
  public record Block(
      @NotBlank(message = "day is required (monday … sunday)") String day,
      @NotNull(message = "start is required, e.g. 08:30") LocalTime start,
      @NotNull(message = "end is required, e.g. 17:00") LocalTime end) {}

  /** Leave or training, from one moment to another. */
  public record NewException(
      @NotBlank(message = "kind is required: leave, training or other") String kind,
      @NotNull(message = "startsAt is required") OffsetDateTime startsAt,
      @NotNull(message = "endsAt is required") OffsetDateTime endsAt) {}

  /** An exception as listed. */
  public record ExceptionView(
      UUID id, String kind, OffsetDateTime startsAt, OffsetDateTime endsAt) {}
}
