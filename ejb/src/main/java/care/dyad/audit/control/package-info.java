/**
 * How events get written: the {@link care.dyad.audit.control.Audited} interceptor binding that
 * other contexts put on their boundary methods, the {@link care.dyad.audit.control.AuditedRecord}
 * views implement to say what they are about, and the append-only log with its centre-scoped
 * search.
 */
package care.dyad.audit.control;
