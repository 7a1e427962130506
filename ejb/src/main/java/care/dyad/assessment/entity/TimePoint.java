package care.dyad.assessment.entity;

/** When in an episode a measurement is taken. */
public enum TimePoint {
  BASELINE,
  MID,
  END,
  FOLLOW_UP
}
