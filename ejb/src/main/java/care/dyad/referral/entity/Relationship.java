package care.dyad.referral.entity;

/** How the caregiver of a dyad relates to the child. */
public enum Relationship {
  MOTHER,
  FATHER,
  FOSTER_CARER,
  ADOPTIVE_PARENT,
  KINSHIP_CARER,
  OTHER
}
