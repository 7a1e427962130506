package care.dyad.scheduling.boundary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** One occurrence of a series that cannot be booked, why, and free times near it instead. */
public record SeriesConflict(
    int occurrence,
    Instant startsAt,
    LocalDateTime localStartsAt,
    List<String> problems,
    List<LocalDateTime> alternatives) {}
