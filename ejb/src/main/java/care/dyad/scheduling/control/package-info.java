/**
 * Repositories and procedural rules of the scheduling context. Every query that reads clinical
 * records is scoped to the caller's centres (or payer) in the query itself.
 */
package care.dyad.scheduling.control;
