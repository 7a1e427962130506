/**
 * The export views a payer is sent: an episode (with its organisations, care plan and attended
 * sessions), a programme of the catalogue, and a payer's summary for a period. Immutable records
 * that the EJB module fills from its entities and hands to the mappers. They carry only what a
 * payer may receive (no people's names, no clinical free text, no staff), check their own
 * invariants on construction, and depend on nothing but the JDK.
 */
package care.dyad.fhir.export;
