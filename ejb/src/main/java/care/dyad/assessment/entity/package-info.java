/**
 * JPA entities and value objects of the assessment context, with intention-revealing methods that
 * keep their own invariants.
 */
package care.dyad.assessment.entity;
