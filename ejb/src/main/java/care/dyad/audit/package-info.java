/**
 * Audit: an append-only trail of who read or wrote which clinical record, in which role and centre,
 * when, and with what outcome, refused attempts included. It keeps ids, actions and outcomes only,
 * never clinical values. Successful calls are recorded in the business transaction, so a
 * rolled-back call leaves no row; refusals are recorded in a transaction of their own.
 */
package care.dyad.audit;
