/**
 * Stateless facades of the episode context: the transaction and @RolesAllowed live here; callers
 * get views (records), never entities.
 */
package care.dyad.episode.boundary;
