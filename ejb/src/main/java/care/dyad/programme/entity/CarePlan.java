package care.dyad.programme.entity;

import care.dyad.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The programme assigned to an episode. Its dose and re-measurement schedule are copied from the
 * catalogue at assignment, so later catalogue edits never rewrite a family's plan.
 */
@Entity
@Table(name = "care_plan")
public class CarePlan {

  @Id
  @Column(name = "episode_id")
  private UUID episodeId;

  @Column(name = "programme_code", nullable = false)
  private String programmeCode;

  @Embedded private Dose dose;

  @Column(name = "age_warning")
  private String ageWarning;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "assigned_by", nullable = false)
  private String assignedBy;

  @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @JoinColumn(name = "episode_id", insertable = false, updatable = false)
  @OrderBy("authorisedAt")
  private List<DoseExtension> extensions = new ArrayList<>();

  protected CarePlan() {}

  public CarePlan(
      UUID episodeId, Programme programme, String ageWarning, String clinician, Instant at) {
    this.episodeId = Objects.requireNonNull(episodeId);
    this.ageWarning = ageWarning;
    this.assignedBy = Objects.requireNonNull(clinician);
    this.assignedAt = Objects.requireNonNull(at);
    copy(programme);
  }

  /** Reassigning (before treatment starts) copies the new programme's dose afresh. */
  public void reassign(Programme programme, String ageWarning, String clinician, Instant at) {
    if (!extensions.isEmpty()) {
      throw DomainException.conflict(
          "The dose of this plan was already extended; the programme can no longer change.");
    }
    this.ageWarning = ageWarning;
    this.assignedBy = clinician;
    this.assignedAt = at;
    copy(programme);
  }

  private void copy(Programme programme) {
    this.programmeCode = programme.code();
    this.dose = programme.dose();
  }

  /** Authorises extra sessions; the justification is kept with who and when. */
  public DoseExtension extend(int sessions, String justification, String clinician, Instant at) {
    var extension = new DoseExtension(episodeId, sessions, justification, clinician, at);
    extensions.add(extension);
    return extension;
  }

  /** The planned dose plus every authorised extension. */
  public int authorisedSessions() {
    return dose.plannedSessions() + extensions.stream().mapToInt(DoseExtension::sessions).sum();
  }

  public UUID episodeId() {
    return episodeId;
  }

  public String programmeCode() {
    return programmeCode;
  }

  public Dose dose() {
    return dose;
  }

  public String ageWarning() {
    return ageWarning;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  public List<DoseExtension> extensions() {
    return List.copyOf(extensions);
  }
}
