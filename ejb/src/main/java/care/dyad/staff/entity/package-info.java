/**
 * JPA entities and value objects of the staff context, with intention-revealing methods that keep
 * their own invariants.
 */
package care.dyad.staff.entity;
