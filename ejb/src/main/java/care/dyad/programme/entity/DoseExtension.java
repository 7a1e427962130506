package care.dyad.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Extra sessions beyond the planned dose, authorised by a clinician with a justification. */
@Entity
@Table(name = "dose_extension")
public class DoseExtension {

  @Id private UUID id;

  @Column(name = "episode_id", nullable = false, updatable = false)
  private UUID episodeId;

  @Column(nullable = false, updatable = false)
  private int sessions;

  @Column(nullable = false, updatable = false)
  private String justification;

  @Column(name = "authorised_at", nullable = false, updatable = false)
  private Instant authorisedAt;

  @Column(name = "authorised_by", nullable = false, updatable = false)
  private String authorisedBy;

  protected DoseExtension() {}

  DoseExtension(UUID episodeId, int sessions, String justification, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.episodeId = Objects.requireNonNull(episodeId);
    this.sessions = sessions;
    this.justification = Objects.requireNonNull(justification);
    this.authorisedBy = Objects.requireNonNull(by);
    this.authorisedAt = Objects.requireNonNull(at);
  }

  public int sessions() {
    return sessions;
  }

  public String justification() {
    return justification;
  }

  public Instant authorisedAt() {
    return authorisedAt;
  }

  public String authorisedBy() {
    return authorisedBy;
  }
}
