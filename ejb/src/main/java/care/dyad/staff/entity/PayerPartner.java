package care.dyad.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A payer organisation that funds care and receives outcome data for its members. */
@Entity
@Table(name = "payer_partner")
public class PayerPartner {

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean active;

  /**
   * Tokens issued at or before this moment are refused: the secret was rotated or the partner
   * deactivated.
   */
  @Column(name = "access_changed_at")
  private Instant accessChangedAt;

  protected PayerPartner() {}

  public static PayerPartner register(String id, String name) {
    var payer = new PayerPartner();
    payer.id = id;
    payer.name = name;
    payer.active = true;
    return payer;
  }

  /** A new client secret was issued; tokens got with the old one stop working. */
  public void secretRotated(Instant now) {
    accessChangedAt = now;
  }

  /** No more exports, pushes or tokens for this partner. */
  public void deactivate(Instant now) {
    active = false;
    accessChangedAt = now;
  }

  public Instant accessChangedAt() {
    return accessChangedAt;
  }

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
