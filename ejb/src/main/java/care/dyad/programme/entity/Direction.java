package care.dyad.programme.entity;

/** Which way is better on an instrument's scale. */
public enum Direction {
  HIGHER,
  LOWER,
  /** Categorical scales: better means reaching the preferred category (e.g. secure, B). */
  PREFERRED_CATEGORY
}
