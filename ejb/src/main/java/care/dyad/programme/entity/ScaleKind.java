package care.dyad.programme.entity;

/** Whether an instrument yields a number in a range or one of ordered categories. */
public enum ScaleKind {
  NUMERIC,
  CATEGORICAL
}
