package care.dyad.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A child known to a centre, matched by its identifier so a second caregiver adds a dyad. */
@Entity
@Table(name = "child")
public class Child {

  @Id private UUID id;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private String centreId;

  @Column(nullable = false, updatable = false)
  private String identifier;

  @Column(name = "given_name", nullable = false)
  private String givenName;

  @Column(name = "family_name", nullable = false)
  private String familyName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  protected Child() {}

  public Child(
      String centreId,
      String identifier,
      String givenName,
      String familyName,
      LocalDate birthDate) {
    this.id = UUID.randomUUID();
    this.centreId = Objects.requireNonNull(centreId);
    this.identifier = Objects.requireNonNull(identifier);
    this.givenName = Objects.requireNonNull(givenName);
    this.familyName = Objects.requireNonNull(familyName);
    this.birthDate = Objects.requireNonNull(birthDate);
  }

  public UUID id() {
    return id;
  }

  public String centreId() {
    return centreId;
  }

  public String identifier() {
    return identifier;
  }

  public String givenName() {
    return givenName;
  }

  public String familyName() {
    return familyName;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** True when the details given for a known identifier describe this child. */
  public boolean sameDetails(String givenName, String familyName, LocalDate birthDate) {
    return this.givenName.equalsIgnoreCase(givenName)
        && this.familyName.equalsIgnoreCase(familyName)
        && this.birthDate.equals(birthDate);
  }
}
