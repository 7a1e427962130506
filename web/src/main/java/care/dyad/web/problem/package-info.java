/**
 * Every failure becomes an answer: {@link care.dyad.web.problem.Failure} classifies it once, and
 * the REST and FHIR applications render it as an RFC 9457 problem or an OperationOutcome.
 */
package care.dyad.web.problem;
