package care.dyad.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of the audit trail: who, in which roles and centres, did what to which record, when,
 * and how it ended. Written once, never changed; it holds ids and codes only, never clinical
 * values.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

  static final int ACTOR_LENGTH = 100;
  static final int ROLES_LENGTH = 200;
  static final int CENTRES_LENGTH = 1000;
  static final int PAYER_LENGTH = 64;
  static final int ACTION_LENGTH = 100;
  static final int TYPE_LENGTH = 32;
  static final int CENTRE_LENGTH = 32;

  /** Separates the caller's centres; also written first and last so {@code like '%,x,%'} works. */
  private static final String SEPARATOR = ",";

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
  private String actor;

  @Column(name = "actor_subject", nullable = false, updatable = false, length = ACTOR_LENGTH)
  private String actorSubject;

  @Column(name = "actor_roles", nullable = false, updatable = false, length = ROLES_LENGTH)
  private String actorRoles;

  @Column(name = "actor_centres", nullable = false, updatable = false, length = CENTRES_LENGTH)
  private String actorCentres;

  @Column(name = "payer_id", updatable = false, length = PAYER_LENGTH)
  private String payerId;

  @Column(nullable = false, updatable = false, length = ACTION_LENGTH)
  private String action;

  @Column(name = "target_type", updatable = false, length = TYPE_LENGTH)
  private String targetType;

  @Column(name = "target_id", updatable = false)
  private UUID targetId;

  @Column(name = "episode_id", updatable = false)
  private UUID episodeId;

  @Column(name = "dyad_id", updatable = false)
  private UUID dyadId;

  @Column(name = "centre_id", updatable = false, length = CENTRE_LENGTH)
  private String centreId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false, length = 16)
  private AuditOutcome outcome;

  @Column(name = "http_status", updatable = false)
  private Integer httpStatus;

  protected AuditEvent() {}

  private AuditEvent(
      Actor who,
      String action,
      AuditTarget target,
      AuditOutcome outcome,
      Integer httpStatus,
      Instant at) {
    this.id = UUID.randomUUID();
    // The columns keep microseconds; cut here so the event reads back as it was written.
    this.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
    this.actor = clip(who.username(), ACTOR_LENGTH);
    this.actorSubject = clip(who.subject(), ACTOR_LENGTH);
    this.actorRoles = clip(String.join(SEPARATOR, who.roles()), ROLES_LENGTH);
    this.actorCentres = centresColumn(who.centres());
    this.payerId = clip(who.payerId(), PAYER_LENGTH);
    this.action = clip(action == null || action.isBlank() ? "unknown" : action, ACTION_LENGTH);
    this.targetType = clip(target.type(), TYPE_LENGTH);
    this.targetId = target.id();
    this.episodeId = target.episodeId();
    this.dyadId = target.dyadId();
    this.centreId = clip(target.centreId(), CENTRE_LENGTH);
    this.outcome = outcome;
    this.httpStatus = httpStatus;
  }

  /** A new event; over-long names are cut to their column rather than failing the request. */
  public static AuditEvent record(
      Actor who,
      String action,
      AuditTarget target,
      AuditOutcome outcome,
      Integer httpStatus,
      Instant at) {
    return new AuditEvent(
        Objects.requireNonNull(who),
        action,
        target == null ? AuditTarget.of(null, null) : target,
        Objects.requireNonNull(outcome),
        httpStatus,
        Objects.requireNonNull(at));
  }

  /**
   * The stored form of the caller's centres: {@code ,north,south,}, or empty for none. Centres that
   * do not fit are dropped whole, never cut, so a search never matches half a centre id.
   */
  static String centresColumn(Collection<String> centres) {
    if (centres.isEmpty()) {
      return "";
    }
    var column = SEPARATOR + String.join(SEPARATOR, centres) + SEPARATOR;
    if (column.length() <= CENTRES_LENGTH) {
      return column;
    }
    return column.substring(0, column.lastIndexOf(SEPARATOR, CENTRES_LENGTH - 1) + 1);
  }

  /**
   * A {@code like} pattern, escaped with {@code !}, that matches the stored centres of callers who
   * work in the given centre.
   */
  public static String centrePattern(String centre) {
    var escaped = centre.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + SEPARATOR + escaped + SEPARATOR + "%";
  }

  private static List<String> list(String column) {
    return Arrays.stream(column.split(SEPARATOR)).filter(s -> !s.isBlank()).toList();
  }

  private static String clip(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  public UUID id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String actorSubject() {
    return actorSubject;
  }

  public List<String> actorRoles() {
    return list(actorRoles);
  }

  public List<String> actorCentres() {
    return list(actorCentres);
  }

  public String payerId() {
    return payerId;
  }

  public String action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public UUID targetId() {
    return targetId;
  }

  public UUID episodeId() {
    return episodeId;
  }

  public UUID dyadId() {
    return dyadId;
  }

  public String centreId() {
    return centreId;
  }

  public AuditOutcome outcome() {
    return outcome;
  }

  public Integer httpStatus() {
    return httpStatus;
  }
}
