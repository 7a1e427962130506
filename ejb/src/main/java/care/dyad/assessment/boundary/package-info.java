/**
 * Stateless facades of the assessment context: the transaction and @RolesAllowed live here; callers
 * get views (records), never entities.
 */
package care.dyad.assessment.boundary;
