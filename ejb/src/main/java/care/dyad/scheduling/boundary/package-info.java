/**
 * Stateless facades of the scheduling context: the transaction and @RolesAllowed live here; callers
 * get views (records), never entities.
 */
package care.dyad.scheduling.boundary;
