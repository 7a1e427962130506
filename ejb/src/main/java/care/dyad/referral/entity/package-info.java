/**
 * JPA entities and value objects of the referral context, with intention-revealing methods that
 * keep their own invariants.
 */
package care.dyad.referral.entity;
