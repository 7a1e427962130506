/**
 * JPA entities and value objects of the scheduling context, with intention-revealing methods that
 * keep their own invariants.
 */
package care.dyad.scheduling.entity;
