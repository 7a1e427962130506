package care.dyad.scheduling.boundary;

import java.time.LocalDate;
import java.util.UUID;

/** A re-measurement past its due date (and grace) without a recorded assessment. */
public record LateRemeasurement(
    UUID episodeId, String centreId, String childName, String timePoint, LocalDate dueOn)
    implements EpisodeScoped {}
