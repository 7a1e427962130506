/**
 * Module-wide FHIR plumbing: the shared R4 context and JSON codec, the canonical URLs and
 * identifier systems we publish, our conformance resources, and the small non-clinical resources a
 * FHIR endpoint answers with (CapabilityStatement, OperationOutcome). Clinical mapping lives in
 * {@code mapping}, its input in {@code export}.
 */
package care.dyad.fhir;
