package care.dyad.referral.entity;

/** Where a referral can be redirected before (or instead of) a programme here. */
public enum RedirectDestination {
  DEVELOPMENTAL_ASSESSMENT,
  COMMUNITY_PAEDIATRICS,
  SOCIAL_CARE,
  OTHER_SERVICE
}
