package care.dyad.referral.entity;

/** Triage state of a referral. */
public enum ReferralStatus {
  RECEIVED,
  ACCEPTED,
  DECLINED,
  REDIRECTED
}
