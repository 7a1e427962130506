/**
 * Assessments: clinician-recorded measurements with a catalogued instrument at a time point
 * (baseline, mid, end, follow-up). Clinician-only; nothing here is ever shown to schedulers.
 */
package care.dyad.assessment;
