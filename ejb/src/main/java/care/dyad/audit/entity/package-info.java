/**
 * The audit event and the values it is made of. An event is written once and never changed: no
 * setters, every column {@code updatable=false}, and on PostgreSQL a trigger refuses UPDATE and
 * DELETE.
 */
package care.dyad.audit.entity;
