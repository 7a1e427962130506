package care.dyad.export.control;

import care.dyad.assessment.entity.Assessment;
import care.dyad.assessment.entity.AssessmentAmendment;
import care.dyad.episode.entity.Episode;
import care.dyad.fhir.export.CarePlanExport;
import care.dyad.fhir.export.CaregiverExport;
import care.dyad.fhir.export.ChildExport;
import care.dyad.fhir.export.DiagnosisExport;
import care.dyad.fhir.export.DoseExport;
import care.dyad.fhir.export.DoseExtensionExport;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.export.OrganizationExport;
import care.dyad.fhir.export.ScoreExport;
import care.dyad.fhir.export.SessionExport;
import care.dyad.programme.entity.CarePlan;
import care.dyad.programme.entity.Instrument;
import care.dyad.referral.entity.ConsentKind;
import care.dyad.referral.entity.Referral;
import care.dyad.scheduling.entity.SessionStatus;
import care.dyad.scheduling.entity.TherapySession;
import care.dyad.shared.Codes;
import care.dyad.staff.entity.Centre;
import care.dyad.staff.entity.PayerPartner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Builds the export view of episodes, only those the given payer covers with consent. */
@ApplicationScoped
public class EpisodeExportQuery {

  private static final Map<String, String> STRANGE_SITUATION =
      Map.of(
          "A", "Insecure-avoidant",
          "B", "Secure",
          "C", "Insecure-resistant/ambivalent",
          "D", "Disorganised");

  /** Only with the caregiver's standing consent to share outcomes with the payer. */
  static final String CONSENTED_TO =
      " r.payerId = :payer and exists (select c.id from Consent c where c.referralId = r.id"
          + " and c.kind = :sharing and c.givenOn <= current_date"
          + " and (c.withdrawnOn is null or c.withdrawnOn > current_date))";

  private static final String EPISODES_WITH_DYADS =
      "select e, r from Episode e join Referral r on r.id = e.referralId"
          + " join fetch r.dyad d join fetch d.child join fetch d.caregiver where";

  /**
   * Hibernate's read-only hint: exports never change what they read, so loaded entities need no
   * snapshot for dirty checking, which at a bulk export's scale is most of the flush work.
   */
  private static final String READ_ONLY = "org.hibernate.readOnly";

  @PersistenceContext EntityManager em;

  public Optional<EpisodeExport> forPayer(UUID episodeId, String payerId) {
    if (payerId == null) {
      return Optional.empty();
    }
    var rows =
        em.createQuery(EPISODES_WITH_DYADS + " e.id = :id and" + CONSENTED_TO, Object[].class)
            .setParameter("id", episodeId)
            .setParameter("payer", payerId)
            .setParameter("sharing", ConsentKind.OUTCOME_SHARING)
            .getResultList();
    return exports(payerId, rows).stream().findFirst();
  }

  /**
   * One page of the payer's consented episodes in id order, after the given id (keyset paging, so a
   * bulk export reads the table once however large it is), optionally only those with anything
   * recorded since an instant. Loads the page's scores, care plans and sessions in one query each.
   */
  public List<EpisodeExport> page(String payerId, UUID after, int limit, Instant since) {
    return page(payerId, after, limit, since, null);
  }

  /** The same, for one child (a FHIR search by {@code patient}) when {@code childId} is given. */
  public List<EpisodeExport> page(
      String payerId, UUID after, int limit, Instant since, UUID childId) {
    var jpql = new StringBuilder(EPISODES_WITH_DYADS).append(CONSENTED_TO);
    if (childId != null) {
      jpql.append(" and d.child.id = :child");
    }
    if (after != null) {
      jpql.append(" and e.id > :after");
    }
    if (since != null) {
      jpql.append(
          " and (e.openedAt >= :since or e.closedAt >= :since"
              + " or exists (select a.id from Assessment a where a.episodeId = e.id"
              + " and a.recordedAt >= :since)"
              + " or exists (select s.id from TherapySession s where s.episodeId = e.id"
              + " and s.outcomeRecordedAt >= :since)"
              + " or exists (select m.id from AssessmentAmendment m, Assessment a"
              + " where m.assessmentId = a.id and a.episodeId = e.id and m.amendedAt >= :since)"
              + " or exists (select c.episodeId from CarePlan c where c.episodeId = e.id"
              + " and c.assignedAt >= :since)"
              + " or exists (select x.id from DoseExtension x where x.episodeId = e.id"
              + " and x.authorisedAt >= :since)"
              + " or exists (select g.id from DiagnosisRecord g where g.episodeId = e.id"
              + " and g.recordedAt >= :since))");
    }
    jpql.append(" order by e.id");
    var query =
        em.createQuery(jpql.toString(), Object[].class)
            .setParameter("payer", payerId)
            .setParameter("sharing", ConsentKind.OUTCOME_SHARING)
            .setHint(READ_ONLY, true)
            .setMaxResults(limit);
    if (after != null) {
      query.setParameter("after", after);
    }
    if (since != null) {
      query.setParameter("since", since);
    }
    if (childId != null) {
      query.setParameter("child", childId);
    }
    return exports(payerId, query.getResultList());
  }

  /** The payer's consented episode that the resource of this type and id belongs to, if any. */
  public Optional<UUID> episodeOf(String payerId, String type, String id) {
    try {
      var jpql =
          switch (type) {
            case "EpisodeOfCare", "Condition", "CarePlan" -> "e.id = :id";
            case "Observation" -> "e.id = (select a.episodeId from Assessment a where a.id = :id)";
            case "Encounter" ->
                "e.id = (select s.episodeId from TherapySession s where s.id = :id)";
            case "Patient" -> "d.child.id = :id";
            case "RelatedPerson" -> "d.caregiver.id = :id";
            default -> null;
          };
      if (jpql == null) {
        return Optional.empty();
      }
      var key = id.replaceFirst("^(dx|cp)-", "");
      return em.createQuery(
              "select e.id from Episode e join Referral r on r.id = e.referralId join r.dyad d"
                  + " where "
                  + jpql
                  + " and"
                  + CONSENTED_TO
                  + " order by e.openedAt desc",
              UUID.class)
          .setParameter("id", UUID.fromString(key))
          .setParameter("payer", payerId)
          .setParameter("sharing", ConsentKind.OUTCOME_SHARING)
          .setMaxResults(1)
          .getResultStream()
          .findFirst();
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  /**
   * The organisations a payer hears about: itself, and the centres that treat its consented members
   * (no others).
   */
  public List<OrganizationExport> organizations(String payerId) {
    var payer = em.find(PayerPartner.class, payerId);
    var organizations = new ArrayList<OrganizationExport>();
    organizations.add(OrganizationExport.payer(payer.id(), payer.name()));
    em.createQuery(
            "select c from Centre c where c.id in (select e.centreId from Episode e"
                + " join Referral r on r.id = e.referralId where"
                + CONSENTED_TO
                + ") order by c.id",
            Centre.class)
        .setParameter("payer", payerId)
        .setParameter("sharing", ConsentKind.OUTCOME_SHARING)
        .getResultStream()
        .forEach(c -> organizations.add(OrganizationExport.centre(c.id(), c.name())));
    return organizations;
  }

  /** How many episodes the payer covers with consent. */
  public int countConsented(String payerId) {
    return em.createQuery(
            "select count(e) from Episode e join Referral r on r.id = e.referralId where"
                + CONSENTED_TO,
            Long.class)
        .setParameter("payer", payerId)
        .setParameter("sharing", ConsentKind.OUTCOME_SHARING)
        .getSingleResult()
        .intValue();
  }

  /** The children the payer covers with consent: the members of its FHIR group. */
  public List<UUID> consentedChildren(String payerId) {
    return em.createQuery(
            "select distinct d.child.id from Episode e join Referral r on r.id = e.referralId"
                + " join r.dyad d where"
                + CONSENTED_TO,
            UUID.class)
        .setParameter("payer", payerId)
        .setParameter("sharing", ConsentKind.OUTCOME_SHARING)
        .getResultList();
  }

  private List<EpisodeExport> exports(String payerId, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    var ids = rows.stream().map(row -> ((Episode) row[0]).id()).toList();
    var scores = scoresOf(ids);
    var plans = carePlansOf(ids);
    var sessions = attendedSessionsOf(ids);
    var payer = em.find(PayerPartner.class, payerId);
    var centres = new HashMap<String, OrganizationExport>();
    return rows.stream()
        .map(
            row -> {
              var episode = (Episode) row[0];
              var centre =
                  centres.computeIfAbsent(
                      episode.centreId(),
                      id -> OrganizationExport.centre(id, em.find(Centre.class, id).name()));
              return export(
                  episode,
                  (Referral) row[1],
                  scores.getOrDefault(episode.id(), List.of()),
                  centre,
                  OrganizationExport.payer(payerId, payer.name()),
                  carePlan(episode, plans.get(episode.id())),
                  sessions.getOrDefault(episode.id(), List.of()));
            })
        .toList();
  }

  private EpisodeExport export(
      Episode episode,
      Referral referral,
      List<ScoreExport> scores,
      OrganizationExport centre,
      OrganizationExport payer,
      CarePlanExport carePlan,
      List<SessionExport> sessions) {
    var dyad = referral.dyad();
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
        scores,
        centre,
        payer,
        carePlan,
        sessions);
  }

  /** Each episode's scores as they stand, oldest first. */
  private Map<UUID, List<ScoreExport>> scoresOf(List<UUID> episodeIds) {
    var amendments = latestAmendments(episodeIds);
    var scores = new HashMap<UUID, List<ScoreExport>>();
    scoredAssessments(episodeIds)
        .forEach(
            row -> {
              var assessment = (Assessment) row[0];
              scores
                  .computeIfAbsent(assessment.episodeId(), id -> new ArrayList<>())
                  .add(score(assessment, (Instrument) row[1], amendments.get(assessment.id())));
            });
    return scores;
  }

  /**
   * The episodes' assessments with their instruments ({@code [Assessment, Instrument]}), oldest
   * first.
   */
  Stream<Object[]> scoredAssessments(List<UUID> episodeIds) {
    return em.createQuery(
            "select a, i from Assessment a join Instrument i on i.code = a.instrumentCode"
                + " where a.episodeId in :episodes order by a.assessedAt",
            Object[].class)
        .setParameter("episodes", episodeIds)
        .setHint(READ_ONLY, true)
        .getResultStream();
  }

  /** The latest amendment of each amended assessment of the episodes. */
  Map<UUID, AssessmentAmendment> latestAmendments(List<UUID> episodeIds) {
    var latest = new HashMap<UUID, AssessmentAmendment>();
    em.createQuery(
            "select m from AssessmentAmendment m where m.assessmentId in"
                + " (select a.id from Assessment a where a.episodeId in :episodes)"
                + " order by m.amendedAt",
            AssessmentAmendment.class)
        .setParameter("episodes", episodeIds)
        .setHint(READ_ONLY, true)
        .getResultStream()
        .forEach(m -> latest.put(m.assessmentId(), m));
    return latest;
  }

  private Map<UUID, CarePlan> carePlansOf(List<UUID> episodeIds) {
    var plans = new HashMap<UUID, CarePlan>();
    em.createQuery(
            "select distinct c from CarePlan c left join fetch c.extensions"
                + " where c.episodeId in :episodes",
            CarePlan.class)
        .setParameter("episodes", episodeIds)
        .setHint(READ_ONLY, true)
        .getResultStream()
        .forEach(plan -> plans.put(plan.episodeId(), plan));
    return plans;
  }

  /** Only attended sessions count as delivered care; they become Encounters. */
  private Map<UUID, List<SessionExport>> attendedSessionsOf(List<UUID> episodeIds) {
    var sessions = new HashMap<UUID, List<SessionExport>>();
    em.createQuery(
            "select s from TherapySession s where s.episodeId in :episodes"
                + " and s.status = :attended order by s.startsAt",
            TherapySession.class)
        .setParameter("episodes", episodeIds)
        .setParameter("attended", SessionStatus.ATTENDED)
        .setHint(READ_ONLY, true)
        .getResultStream()
        .forEach(
            s ->
                sessions
                    .computeIfAbsent(s.episodeId(), id -> new ArrayList<>())
                    .add(
                        new SessionExport(
                            s.id().toString(),
                            s.startsAt(),
                            s.endsAt(),
                            s.homeVisit(),
                            Boolean.TRUE.equals(s.caregiverPresent()),
                            Boolean.TRUE.equals(s.childPresent()),
                            Boolean.TRUE.equals(s.videoUsed()))));
    return sessions;
  }

  private static CarePlanExport carePlan(Episode episode, CarePlan plan) {
    if (plan == null) {
      return null;
    }
    var dose = plan.dose();
    var status =
        switch (episode.status()) {
          case COMPLETED -> "completed";
          case DROPPED_OUT, WITHDRAWN -> "revoked";
          default -> "active";
        };
    return new CarePlanExport(
        "cp-" + episode.id(),
        plan.programmeCode(),
        status,
        new DoseExport(
            dose.plannedSessions(),
            dose.intervalMinDays(),
            dose.intervalMaxDays(),
            dose.sessionMinutes()),
        plan.extensions().stream()
            .map(
                x ->
                    new DoseExtensionExport(
                        x.sessions(), x.authorisedAt().atZone(ZoneOffset.UTC).toLocalDate()))
            .toList(),
        plan.assignedAt().atZone(ZoneOffset.UTC).toLocalDate());
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
