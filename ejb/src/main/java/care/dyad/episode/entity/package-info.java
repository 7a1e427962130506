/**
 * JPA entities and value objects of the episode context, with intention-revealing methods that keep
 * their own invariants.
 */
package care.dyad.episode.entity;
