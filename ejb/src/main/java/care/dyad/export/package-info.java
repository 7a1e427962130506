/**
 * Payer delivery: reads the clinical record of episodes a payer covers and hands plain export
 * records to the FHIR mappings. Payer scoping happens in the queries, so another payer's episode is
 * simply not found.
 */
package care.dyad.export;
