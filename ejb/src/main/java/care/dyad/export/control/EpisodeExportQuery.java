package care.dyad.export.control;

import care.dyad.assessment.entity.Assessment;
import care.dyad.assessment.entity.AssessmentAmendment;
import care.dyad.episode.entity.Episode;
import care.dyad.fhir.export.CaregiverExport;
import care.dyad.fhir.export.ChildExport;
import care.dyad.fhir.export.DiagnosisExport;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.export.ScoreExport;
import care.dyad.programme.entity.Instrument;
import care.dyad.referral.entity.ConsentKind;
import care.dyad.referral.entity.Referral;
import care.dyad.shared.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Builds the export view of one episode, only if the given payer covers it. */
@ApplicationScoped
public class EpisodeExportQuery {

  private static final Map<String, String> STRANGE_SITUATION =
      Map.of(
          "A", "Insecure-avoidant",
          "B", "Secure",
          "C", "Insecure-resistant/ambivalent",
          "D", "Disorganised");

  @PersistenceContext EntityManager em;

  public Optional<EpisodeExport> forPayer(UUID episodeId, String payerId) {
    if (payerId == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select e, r from Episode e join Referral r on r.id = e.referralId"
                + " join fetch r.dyad d join fetch d.child join fetch d.caregiver"
                + " where e.id = :id and r.payerId = :payer"
                // Only with the caregiver's standing consent to share outcomes with the payer.
                + " and exists (select c.id from Consent c where c.referralId = r.id"
                + " and c.kind = :sharing and c.givenOn <= current_date"
                + " and (c.withdrawnOn is null or c.withdrawnOn > current_date))",
            Object[].class)
        .setParameter("id", episodeId)
        .setParameter("payer", payerId)
        .setParameter("sharing", ConsentKind.OUTCOME_SHARING)
        .getResultStream()
        .findFirst()
        .map(row -> export((Episode) row[0], (Referral) row[1]));
  }

  private EpisodeExport export(Episode episode, Referral referral) {
    var dyad = referral.dyad();
    var amendments = latestAmendments(episode.id());
    var scores =
        em.createQuery(
                "select a, i from Assessment a join Instrument i on i.code = a.instrumentCode"
                    + " where a.episodeId = :episode order by a.assessedAt",
                Object[].class)
            .setParameter("episode", episode.id())
            .getResultStream()
            .map(
                row ->
                    score(
                        (Assessment) row[0],
                        (Instrument) row[1],
                        amendments.get(((Assessment) row[0]).id())))
            .toList();
    return new EpisodeExport(
        episode.id().toString(),
        episode.centreId(),
        referral.payerId(),
        referral.memberId(),
        new ChildExport(dyad.child().id().toString(), dyad.child().birthDate()),
        new CaregiverExport(dyad.caregiver().id().toString(), Codes.of(dyad.relationship())),
        new DiagnosisExport(
            // The episode carries one diagnosis; its id is derived so re-exports keep it stable.
            "dx-" + episode.id(),
            episode.diagnosis().code(),
            episode.diagnosisConfirmed(),
            episode.openedAt().atZone(ZoneOffset.UTC).toLocalDate()),
        episode.isClosed() ? "finished" : "active",
        episode.openedAt().atZone(ZoneOffset.UTC).toLocalDate(),
        episode.closedAt() == null ? null : episode.closedAt().atZone(ZoneOffset.UTC).toLocalDate(),
        referral.id().toString(),
        scores);
  }

  /** The latest amendment of each amended assessment of the episode. */
  private Map<UUID, AssessmentAmendment> latestAmendments(UUID episodeId) {
    var latest = new HashMap<UUID, AssessmentAmendment>();
    em.createQuery(
            "select m from AssessmentAmendment m where m.assessmentId in"
                + " (select a.id from Assessment a where a.episodeId = :episode)"
                + " order by m.amendedAt",
            AssessmentAmendment.class)
        .setParameter("episode", episodeId)
        .getResultStream()
        .forEach(m -> latest.put(m.assessmentId(), m));
    return latest;
  }

  /** A score as it stands: the latest amendment's value when the clinician corrected it. */
  private static ScoreExport score(
      Assessment a, Instrument instrument, AssessmentAmendment amendment) {
    var timePoint = Codes.of(a.timePoint());
    var category = amendment == null ? a.category() : amendment.category();
    var value = amendment == null ? a.score() : amendment.score();
    if (category != null) {
      return ScoreExport.categorical(
          a.id().toString(),
          instrument.code(),
          instrument.name(),
          timePoint,
          a.assessedAt(),
          category,
          "strange-situation".equals(instrument.code()) ? STRANGE_SITUATION.get(category) : null);
    }
    return ScoreExport.numeric(
        a.id().toString(), instrument.code(), instrument.name(), timePoint, a.assessedAt(), value);
  }
}
