/**
 * Repositories and procedural rules of the programme context. Every query that reads clinical
 * records is scoped to the caller's centres (or payer) in the query itself.
 */
package care.dyad.programme.control;
