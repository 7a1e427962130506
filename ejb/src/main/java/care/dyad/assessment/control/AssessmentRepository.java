package care.dyad.assessment.control;

import care.dyad.assessment.entity.Assessment;
import care.dyad.assessment.entity.AssessmentAmendment;
import care.dyad.assessment.entity.TimePoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Assessments of an episode; callers have already checked the episode is theirs to see. */
@ApplicationScoped
public class AssessmentRepository {

  @PersistenceContext EntityManager em;

  public void add(Assessment assessment) {
    em.persist(assessment);
  }

  public boolean exists(UUID episodeId, String instrumentCode, TimePoint timePoint) {
    return !em.createQuery(
            "select a.id from Assessment a where a.episodeId = :episode"
                + " and a.instrumentCode = :instrument and a.timePoint = :timePoint",
            UUID.class)
        .setParameter("episode", episodeId)
        .setParameter("instrument", instrumentCode)
        .setParameter("timePoint", timePoint)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public void add(AssessmentAmendment amendment) {
    em.persist(amendment);
  }

  public Optional<Assessment> find(UUID episodeId, UUID assessmentId) {
    return em.createQuery(
            "select a from Assessment a where a.id = :id and a.episodeId = :episode",
            Assessment.class)
        .setParameter("id", assessmentId)
        .setParameter("episode", episodeId)
        .getResultStream()
        .findFirst();
  }

  /** Every amendment of the episode's assessments, oldest first, grouped by assessment. */
  public Map<UUID, List<AssessmentAmendment>> amendmentsOf(UUID episodeId) {
    return em.createQuery(
            "select m from AssessmentAmendment m where m.assessmentId in"
                + " (select a.id from Assessment a where a.episodeId = :episode)"
                + " order by m.amendedAt",
            AssessmentAmendment.class)
        .setParameter("episode", episodeId)
        .getResultStream()
        .collect(Collectors.groupingBy(AssessmentAmendment::assessmentId));
  }

  public List<Assessment> ofEpisode(UUID episodeId) {
    return em.createQuery(
            "select a from Assessment a where a.episodeId = :episode order by a.assessedAt",
            Assessment.class)
        .setParameter("episode", episodeId)
        .getResultList();
  }
}
