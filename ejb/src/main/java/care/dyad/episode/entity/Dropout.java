package care.dyad.episode.entity;

/** Whether an episode counts as a dropout, and why; derived, never stored. */
public record Dropout(boolean dropout, String reason) {

  public static final Dropout NONE = new Dropout(false, null);
}
