/**
 * Repositories and procedural rules of the staff context. Every query that reads clinical records
 * is scoped to the caller's centres (or payer) in the query itself.
 */
package care.dyad.staff.control;
