package care.dyad.episode.entity;

/** Where an episode of care stands. */
public enum EpisodeStatus {
  OPEN,
  ASSESSING,
  IN_TREATMENT,
  COMPLETED,
  DROPPED_OUT,
  WITHDRAWN;

  public boolean closed() {
    return this == COMPLETED || this == DROPPED_OUT || this == WITHDRAWN;
  }
}
