package care.dyad.export.control;

import care.dyad.audit.control.Actors;
import care.dyad.audit.control.AuditLog;
import care.dyad.audit.entity.Actor;
import care.dyad.audit.entity.AuditEvent;
import care.dyad.audit.entity.AuditOutcome;
import care.dyad.audit.entity.AuditTarget;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.shared.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Puts every episode whose data a payer is given on the audit trail of the episode's centre ({@code
 * export.disclosed}), in the transaction that reads it: a payer's calls name no centre, so without
 * these events a centre's admins could not see which of their records left the centre.
 */
@ApplicationScoped
public class Disclosures {

  public static final String ACTION = "export.disclosed";

  @Inject AuditLog log;
  @Inject Actors actors;

  /** Episodes given to the payer calling now. */
  public void record(Collection<EpisodeExport> episodes) {
    record(actors.current(), episodes);
  }

  /**
   * Episodes written into a payer's bulk export, which runs after the payer's call: written for the
   * payer, whether or not its files are downloaded later.
   */
  public void recordForBulkExport(String payerId, Collection<EpisodeExport> episodes) {
    record(payer(payerId), episodes);
  }

  /** An episode's bundle, delivered to the payer's endpoint. */
  public void recordDelivered(String payerId, UUID episodeId, String centreId) {
    append(payer(payerId), episodeId, centreId, Instant.now());
  }

  private void record(Actor actor, Collection<EpisodeExport> episodes) {
    var now = Instant.now();
    for (var episode : episodes) {
      append(actor, UUID.fromString(episode.episodeId()), episode.centreId(), now);
    }
  }

  private void append(Actor actor, UUID episodeId, String centreId, Instant at) {
    var target = new AuditTarget(AuditTarget.EPISODE, episodeId, episodeId, null, centreId);
    log.append(AuditEvent.record(actor, ACTION, target, AuditOutcome.SUCCESS, null, at));
  }

  /** The payer's client, named as in its own tokens (Keycloak's service-account user). */
  private static Actor payer(String payerId) {
    var name = "service-account-payer-" + payerId;
    return new Actor(name, name, Set.of(Roles.PAYER), Set.of(), payerId);
  }
}
