package care.dyad.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/** One block of a clinician's weekly hours at a centre, in the centre's local time. */
@Entity
@Table(name = "working_hours")
public class WorkingHours {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private String centreId;

  @Column(name = "day_of_week", nullable = false, updatable = false)
  private int dayOfWeek;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private LocalTime startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private LocalTime endsAt;

  protected WorkingHours() {}

  public WorkingHours(
      String username, String centreId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
    this.id = UUID.randomUUID();
    this.username = Objects.requireNonNull(username);
    this.centreId = Objects.requireNonNull(centreId);
    this.dayOfWeek = day.getValue();
    this.startsAt = Objects.requireNonNull(startsAt);
    this.endsAt = Objects.requireNonNull(endsAt);
  }

  public DayOfWeek day() {
    return DayOfWeek.of(dayOfWeek);
  }

  public LocalTime startsAt() {
    return startsAt;
  }

  public LocalTime endsAt() {
    return endsAt;
  }

  /** Whether the two blocks share any time on the same day (touching ends do not). */
  public boolean overlaps(WorkingHours other) {
    return dayOfWeek == other.dayOfWeek
        && startsAt.isBefore(other.endsAt)
        && other.startsAt.isBefore(endsAt);
  }

  /** Whether [from, to) on this block's day lies inside it. */
  public boolean covers(LocalTime from, LocalTime to) {
    return !from.isBefore(startsAt) && !to.isAfter(endsAt) && from.isBefore(to);
  }
}
