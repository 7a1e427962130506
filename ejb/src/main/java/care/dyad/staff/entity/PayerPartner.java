package care.dyad.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A payer organisation that funds care and receives outcome data for its members. */
@Entity
@Table(name = "payer_partner")
public class PayerPartner {

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean active;

  protected PayerPartner() {}

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public boolean active() {
    return active;
  }
}
