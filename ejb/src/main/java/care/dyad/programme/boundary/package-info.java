/**
 * Stateless facades of the programme context: the transaction and @RolesAllowed live here; callers
 * get views (records), never entities.
 */
package care.dyad.programme.boundary;
