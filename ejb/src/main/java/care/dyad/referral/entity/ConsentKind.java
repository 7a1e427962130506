package care.dyad.referral.entity;

/** What the caregiver consented to. */
public enum ConsentKind {
  /** To the dyad's assessment and treatment at the centre. */
  TREATMENT,
  /** To sharing outcome data with the payer. */
  OUTCOME_SHARING
}
