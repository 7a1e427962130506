package care.dyad.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** A therapy room of a centre; home visits need none. */
@Entity
@Table(name = "room")
public class Room {

  @Id private UUID id;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private String centreId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean active;

  protected Room() {}

  public Room(String centreId, String name) {
    this.id = UUID.randomUUID();
    this.centreId = Objects.requireNonNull(centreId);
    this.name = Objects.requireNonNull(name);
    this.active = true;
  }

  public UUID id() {
    return id;
  }

  public String centreId() {
    return centreId;
  }

  public String name() {
    return name;
  }

  public boolean active() {
    return active;
  }
}
