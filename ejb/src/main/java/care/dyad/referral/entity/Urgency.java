package care.dyad.referral.entity;

/** How soon a referral should be seen; the waiting list puts the most urgent first. */
public enum Urgency {
  ROUTINE,
  SOON,
  URGENT
}
