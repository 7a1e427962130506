package care.dyad.referral.control;

import care.dyad.referral.entity.Caregiver;
import care.dyad.referral.entity.Child;
import care.dyad.referral.entity.Dyad;
import care.dyad.referral.entity.Relationship;
import care.dyad.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Finds or registers the dyad of a referral. A child is matched on its identifier within the
 * centre, so a second caregiver makes a second dyad with the same child, never a duplicate child.
 */
@ApplicationScoped
public class DyadRegistry {

  @PersistenceContext EntityManager em;

  /** The dyad of a referral and, when the child or dyad was already known, a note saying so. */
  public record Match(Dyad dyad, String notice) {}

  public Match dyadFor(
      String centreId,
      String identifier,
      String givenName,
      String familyName,
      LocalDate birthDate,
      String caregiverName,
      Relationship relationship) {
    var child = knownChild(centreId, identifier);
    if (child == null) {
      child = new Child(centreId, identifier, givenName, familyName, birthDate);
      em.persist(child);
      return new Match(newDyad(child, caregiverName, relationship), null);
    }
    if (!child.sameDetails(givenName, familyName, birthDate)) {
      throw DomainException.conflict(
          "Child identifier "
              + identifier
              + " is already registered at this centre with a different name or birth date;"
              + " check the identifier or correct the details.");
    }
    var existing =
        em.createQuery(
                "select d from Dyad d join d.caregiver c where d.child = :child"
                    + " and lower(c.fullName) = lower(:name) and d.relationship = :relationship",
                Dyad.class)
            .setParameter("child", child)
            .setParameter("name", caregiverName)
            .setParameter("relationship", relationship)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return new Match(
          existing.get(),
          "This child and caregiver are already known at this centre as dyad "
              + existing.get().id()
              + "; the referral was added to that dyad.");
    }
    return new Match(
        newDyad(child, caregiverName, relationship),
        "Child "
            + identifier
            + " is already known at this centre; this referral forms a new dyad with a"
            + " different caregiver, not a duplicate child.");
  }

  private Dyad newDyad(Child child, String caregiverName, Relationship relationship) {
    var caregiver = new Caregiver(child.centreId(), caregiverName);
    em.persist(caregiver);
    var dyad = new Dyad(child, caregiver, relationship);
    em.persist(dyad);
    return dyad;
  }

  private Child knownChild(String centreId, String identifier) {
    return em.createQuery(
            "select c from Child c where c.centreId = :centre and c.identifier = :identifier",
            Child.class)
        .setParameter("centre", centreId)
        .setParameter("identifier", identifier)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
