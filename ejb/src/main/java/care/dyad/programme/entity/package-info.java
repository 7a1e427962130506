/**
 * JPA entities and value objects of the programme context, with intention-revealing methods that
 * keep their own invariants.
 */
package care.dyad.programme.entity;
