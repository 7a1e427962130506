/**
 * Stateless facades of the export context: the transaction and @RolesAllowed live here; callers get
 * views (records), never entities.
 */
package care.dyad.export.boundary;
