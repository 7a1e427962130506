package care.dyad.referral.entity;

/** Who asked for care. */
public enum ReferralSource {
  HEALTH_VISITOR,
  GP,
  SOCIAL_CARE,
  EARLY_YEARS_SETTING,
  PAEDIATRICIAN,
  SELF,
  OTHER
}
