package care.dyad.export.control;

import care.dyad.assessment.entity.AssessmentRecorded;
import care.dyad.episode.entity.EpisodeClosed;
import care.dyad.export.entity.PayerDelivery;
import care.dyad.export.entity.PayerEndpoint;
import care.dyad.fhir.Fhir;
import care.dyad.fhir.mapping.EpisodeBundleMapper;
import care.dyad.fhir.mapping.TransactionBundleMapper;
import care.dyad.shared.Settings;
import care.dyad.staff.entity.PayerPartner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/**
 * The outbox: when an episode reaches a reportable point (baseline recorded, re-measurement
 * recorded, closed), the payer's transaction Bundle is written in that very transaction, so it is
 * queued exactly when the event commits. Only for payers with a registered endpoint, and only with
 * the caregiver's consent to share outcomes.
 */
@ApplicationScoped
public class DeliveryOutbox {

  @PersistenceContext EntityManager em;
  @Inject EpisodeExportQuery exports;
  @Inject Settings settings;

  void scoreRecorded(@Observes AssessmentRecorded recorded) {
    queue(
        recorded.episodeId(), recorded.baseline() ? "baseline-recorded" : "remeasurement-recorded");
  }

  void episodeClosed(@Observes EpisodeClosed closed) {
    queue(closed.episodeId(), "episode-closed");
  }

  private void queue(UUID episodeId, String event) {
    var coverage =
        em.createQuery(
                "select r.payerId, e.centreId from Episode e join Referral r on r.id = e.referralId"
                    + " where e.id = :id",
                Object[].class)
            .setParameter("id", episodeId)
            .getResultList();
    if (coverage.isEmpty()) {
      return;
    }
    var payerId = (String) coverage.get(0)[0];
    var centreId = (String) coverage.get(0)[1];
    var payer = em.find(PayerPartner.class, payerId);
    if (payer == null || !payer.active() || em.find(PayerEndpoint.class, payerId) == null) {
      return;
    }
    exports
        .forPayer(episodeId, payerId)
        .ifPresent(
            export -> {
              var id = UUID.randomUUID();
              var now = Instant.now();
              var bundle =
                  TransactionBundleMapper.map(
                      EpisodeBundleMapper.map(export, settings.publicFhirBase(), now),
                      id.toString());
              em.persist(
                  new PayerDelivery(
                      id, payerId, episodeId, centreId, event, Fhir.encode(bundle), now));
            });
  }
}
