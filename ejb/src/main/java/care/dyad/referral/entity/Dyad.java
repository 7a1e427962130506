package care.dyad.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One child and one caregiver, treated together: the unit of care. */
@Entity
@Table(name = "dyad")
public class Dyad {

  @Id private UUID id;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private String centreId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "child_id", nullable = false, updatable = false)
  private Child child;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "caregiver_id", nullable = false, updatable = false)
  private Caregiver caregiver;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false)
  private Relationship relationship;

  protected Dyad() {}

  public Dyad(Child child, Caregiver caregiver, Relationship relationship) {
    this.id = UUID.randomUUID();
    this.child = Objects.requireNonNull(child);
    this.caregiver = Objects.requireNonNull(caregiver);
    this.centreId = child.centreId();
    this.relationship = Objects.requireNonNull(relationship);
  }

  public UUID id() {
    return id;
  }

  public String centreId() {
    return centreId;
  }

  public Child child() {
    return child;
  }

  public Caregiver caregiver() {
    return caregiver;
  }

  public Relationship relationship() {
    return relationship;
  }
}
