package care.dyad.export.control;

import care.dyad.assessment.control.ReliableChange;
import care.dyad.assessment.entity.Assessment;
import care.dyad.assessment.entity.TimePoint;
import care.dyad.episode.entity.Episode;
import care.dyad.episode.entity.EpisodeStatus;
import care.dyad.fhir.export.DomainImprovementExport;
import care.dyad.fhir.export.PayerSummaryExport;
import care.dyad.programme.entity.CarePlan;
import care.dyad.programme.entity.Instrument;
import care.dyad.referral.entity.ConsentKind;
import care.dyad.scheduling.entity.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a payer's consented episodes came to in a period, as counts: opened; and of those closed in
 * the period, completed, dropped out, dose authorised and delivered, re-measured and reliably
 * improved per instrument domain (on scores as amended).
 */
@ApplicationScoped
public class PayerSummaryQuery {

  private static final String CONSENTED_EPISODES =
      "select e from Episode e join Referral r on r.id = e.referralId where"
          + EpisodeExportQuery.CONSENTED_TO;

  @PersistenceContext EntityManager em;
  @Inject EpisodeExportQuery exports;

  public PayerSummaryExport summary(String payerId, LocalDate start, LocalDate end) {
    var from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
    var until = end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    var opened = episodes(payerId, "openedAt", from, until).size();
    var closed = episodes(payerId, "closedAt", from, until);
    var ids = closed.stream().map(Episode::id).toList();
    int planned = 0;
    int delivered = 0;
    var improvement = new Improvement();
    if (!ids.isEmpty()) {
      planned =
          em.createQuery("select c from CarePlan c where c.episodeId in :ids", CarePlan.class)
              .setParameter("ids", ids)
              .getResultStream()
              .mapToInt(CarePlan::authorisedSessions)
              .sum();
      delivered =
          em.createQuery(
                  "select count(s) from TherapySession s where s.episodeId in :ids"
                      + " and s.status = :attended",
                  Long.class)
              .setParameter("ids", ids)
              .setParameter("attended", SessionStatus.ATTENDED)
              .getSingleResult()
              .intValue();
      improvement = improvementOf(ids);
    }
    return new PayerSummaryExport(
        payerId,
        null,
        start,
        end,
        opened,
        closed.size(),
        (int) closed.stream().filter(e -> e.status() == EpisodeStatus.COMPLETED).count(),
        (int) closed.stream().filter(e -> e.status() == EpisodeStatus.DROPPED_OUT).count(),
        planned,
        delivered,
        improvement.remeasured.size(),
        improvement.improved.size(),
        improvement.domains());
  }

  /** The payer's consented episodes whose {@code moment} (openedAt, closedAt) is in the period. */
  private List<Episode> episodes(String payerId, String moment, Instant from, Instant until) {
    return em.createQuery(
            CONSENTED_EPISODES + " and e." + moment + " >= :from and e." + moment + " < :until",
            Episode.class)
        .setParameter("payer", payerId)
        .setParameter("sharing", ConsentKind.OUTCOME_SHARING)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }

  /** Episodes re-measured and reliably improved, overall and per domain. */
  private static final class Improvement {
    final Set<UUID> remeasured = new HashSet<>();
    final Set<UUID> improved = new HashSet<>();
    final Map<String, Set<UUID>> remeasuredIn = new TreeMap<>();
    final Map<String, Set<UUID>> improvedIn = new TreeMap<>();

    void add(UUID episode, String domain, boolean better) {
      remeasured.add(episode);
      remeasuredIn.computeIfAbsent(domain, d -> new HashSet<>()).add(episode);
      improvedIn.computeIfAbsent(domain, d -> new HashSet<>());
      if (better) {
        improved.add(episode);
        improvedIn.get(domain).add(episode);
      }
    }

    List<DomainImprovementExport> domains() {
      var rows = new ArrayList<DomainImprovementExport>();
      remeasuredIn.forEach(
          (domain, episodes) ->
              rows.add(
                  new DomainImprovementExport(
                      domain, episodes.size(), improvedIn.get(domain).size())));
      return rows;
    }
  }

  /** Baseline against the latest later score, per episode and instrument. */
  private Improvement improvementOf(List<UUID> episodeIds) {
    var amendments = exports.latestAmendments(episodeIds);
    var baseline = new HashMap<String, Object>();
    var latest = new HashMap<String, Object>();
    var instruments = new HashMap<String, Instrument>();
    exports
        .scoredAssessments(episodeIds)
        .forEach(
            row -> {
              var a = (Assessment) row[0];
              var instrument = (Instrument) row[1];
              var amendment = amendments.get(a.id());
              Object value =
                  amendment == null
                      ? (a.category() != null ? a.category() : a.score())
                      : (amendment.category() != null ? amendment.category() : amendment.score());
              var key = a.episodeId() + "|" + instrument.code();
              instruments.put(key, instrument);
              if (a.timePoint() == TimePoint.BASELINE) {
                baseline.put(key, value);
              } else {
                latest.put(key, value);
              }
            });
    var improvement = new Improvement();
    latest.forEach(
        (key, later) -> {
          var before = baseline.get(key);
          if (before == null) {
            return;
          }
          var instrument = instruments.get(key);
          var verdict =
              later instanceof String category
                  ? ReliableChange.categorical(instrument, (String) before, category)
                  : ReliableChange.numeric(
                      instrument, (java.math.BigDecimal) before, (java.math.BigDecimal) later);
          improvement.add(
              UUID.fromString(key.substring(0, key.indexOf('|'))),
              instrument.domain(),
              verdict == ReliableChange.Verdict.RELIABLE_IMPROVEMENT);
        });
    return improvement;
  }
}
