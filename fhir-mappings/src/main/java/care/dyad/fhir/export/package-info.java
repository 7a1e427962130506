/**
 * The export view of an episode: immutable records that the EJB module fills from its entities and
 * hands to the mappers. They carry only what a payer may receive (no names, no clinical free text),
 * check their own invariants on construction, and depend on nothing but the JDK.
 */
package care.dyad.fhir.export;
