package care.dyad.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;

/** A child-development centre; staff belong to one or more (their token says which). */
@Entity
@Table(name = "centre")
public class Centre {

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  protected Centre() {}

  public static Centre open(String id, String name, ZoneId timeZone) {
    var centre = new Centre();
    centre.id = id;
    centre.name = name;
    centre.timeZone = timeZone.getId();
    return centre;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }
}
