/**
 * The payer FHIR R4 API under {@code /fhir}: the public CapabilityStatement and, for the payer
 * role, outcome data of covered episodes. Failures are OperationOutcomes.
 */
package care.dyad.web.fhir;
