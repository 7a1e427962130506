/**
 * Referrals: a request for care for a dyad (one child, one caregiver), from a source, with reason,
 * safeguarding flag and payer. Children and caregivers are registered here; accepting a referral is
 * the episode context's act.
 */
package care.dyad.referral;
