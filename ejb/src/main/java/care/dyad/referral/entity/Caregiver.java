package care.dyad.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** A caregiver (mother, father, foster carer, ...) known to a centre. */
@Entity
@Table(name = "caregiver")
public class Caregiver {

  @Id private UUID id;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private String centreId;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  protected Caregiver() {}

  public Caregiver(String centreId, String fullName) {
    this.id = UUID.randomUUID();
    this.centreId = Objects.requireNonNull(centreId);
    this.fullName = Objects.requireNonNull(fullName);
  }

  public UUID id() {
    return id;
  }

  public String fullName() {
    return fullName;
  }
}
