package care.dyad.episode.entity;

/** The conclusion of a structured developmental assessment. */
public enum DevelopmentalFinding {
  NO_DEVELOPMENTAL_CONCERN,
  CONCERN_TO_MONITOR,
  CONDITION_SUSPECTED_REFERRED
}
