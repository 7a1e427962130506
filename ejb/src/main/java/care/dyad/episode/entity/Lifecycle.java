package care.dyad.episode.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The episode state machine: open → assessing → in-treatment → completed | dropped-out | withdrawn,
 * and withdrawal from any open state. Dropped-out is reached only by closing as completed below the
 * minimum dose.
 */
public final class Lifecycle {

  private static final Map<EpisodeStatus, Set<EpisodeStatus>> NEXT =
      Map.of(
          EpisodeStatus.OPEN, EnumSet.of(EpisodeStatus.ASSESSING, EpisodeStatus.WITHDRAWN),
          EpisodeStatus.ASSESSING, EnumSet.of(EpisodeStatus.IN_TREATMENT, EpisodeStatus.WITHDRAWN),
          EpisodeStatus.IN_TREATMENT, EnumSet.of(EpisodeStatus.COMPLETED, EpisodeStatus.WITHDRAWN),
          EpisodeStatus.COMPLETED, EnumSet.noneOf(EpisodeStatus.class),
          EpisodeStatus.DROPPED_OUT, EnumSet.noneOf(EpisodeStatus.class),
          EpisodeStatus.WITHDRAWN, EnumSet.noneOf(EpisodeStatus.class));

  private Lifecycle() {}

  /** The statuses a clinician may ask for next. */
  public static Set<EpisodeStatus> next(EpisodeStatus from) {
    return NEXT.get(from);
  }
}
