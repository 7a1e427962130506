package care.dyad.episode.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the closing transaction) when an episode closes, so contexts above
 * can follow: scheduling cancels the bookings still ahead.
 */
public record EpisodeClosed(UUID episodeId, String status, Instant at, String by) {}
