/**
 * One mapper per FHIR resource, from the export records to HAPI R4 resources, plus the small code
 * tables and datatype helpers they share. Mappers are pure functions: no clock, no lookups, ids
 * derived from ours so that re-exporting an episode yields the same resources, and a field is set
 * only when the source has it. Nothing here writes names or free text.
 */
package care.dyad.fhir.mapping;
