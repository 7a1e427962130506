package care.dyad.staff.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * A member of staff as this system knows them; the account itself lives in Keycloak, keyed by the
 * same username. Clinicians are the bookable people.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

  @Id private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(nullable = false)
  private String role;

  @Column(nullable = false)
  private boolean active;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_centre", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "centre_id")
  private Set<String> centres = new HashSet<>();

  protected StaffMember() {}

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String role() {
    return role;
  }

  public boolean active() {
    return active;
  }

  public boolean isBookableIn(String centreId) {
    return active && "clinician".equals(role) && centres.contains(centreId);
  }
}
