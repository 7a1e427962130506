/**
 * Stateless facades of the referral context: the transaction and @RolesAllowed live here; callers
 * get views (records), never entities.
 */
package care.dyad.referral.boundary;
