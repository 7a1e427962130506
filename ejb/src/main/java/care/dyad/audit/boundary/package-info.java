/**
 * Stateless facades of the audit context: recording a refused request (any authenticated caller, in
 * its own transaction) and searching the trail (centre admins, scoped to their centres in the
 * query).
 */
package care.dyad.audit.boundary;
