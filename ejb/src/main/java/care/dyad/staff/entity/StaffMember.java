package care.dyad.staff.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
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
  private String email;

  @Column(nullable = false)
  private boolean active;

  /** Tokens issued at or before this moment are refused: the account was changed or disabled. */
  @Column(name = "access_changed_at")
  private Instant accessChangedAt;

  /**
   * Moves with every change of working hours or absences (see WorkingTimes). Only that change
   * writes it, in the database; saving the entity never does.
   */
  @Column(name = "availability_version", nullable = false, insertable = false, updatable = false)
  private long availabilityVersion;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_centre", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "centre_id")
  private Set<String> centres = new HashSet<>();

  protected StaffMember() {}

  /** A new, active member of staff with one role in one or more centres. */
  public static StaffMember enrol(
      String username, String displayName, String email, String role, Collection<String> centres) {
    var member = new StaffMember();
    member.username = username;
    member.displayName = displayName;
    member.email = email;
    member.role = role;
    member.centres = new HashSet<>(centres);
    member.active = true;
    return member;
  }

  /** New role and centres; tokens issued until now carry the old ones and stop working. */
  public void changeAccess(String newRole, Collection<String> newCentres, Instant now) {
    role = newRole;
    centres = new HashSet<>(newCentres);
    accessChangedAt = now;
  }

  /** Works in one more centre; tokens without it simply do not reach it yet. */
  public void joinCentre(String centreId) {
    centres.add(centreId);
  }

  /** No more access from now on, whatever tokens the person still holds. */
  public void disable(Instant now) {
    active = false;
    accessChangedAt = now;
  }

  /** Whether this record describes the same person a request asks to create again. */
  public boolean sameAs(String otherEmail, String otherRole, Collection<String> otherCentres) {
    return email.equalsIgnoreCase(otherEmail)
        && role.equals(otherRole)
        && centres.equals(Set.copyOf(otherCentres));
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String role() {
    return role;
  }

  public String email() {
    return email;
  }

  public Set<String> centres() {
    return Set.copyOf(centres);
  }

  public Instant accessChangedAt() {
    return accessChangedAt;
  }

  public boolean active() {
    return active;
  }

  public boolean isBookableIn(String centreId) {
    return active && "clinician".equals(role) && centres.contains(centreId);
  }
}
