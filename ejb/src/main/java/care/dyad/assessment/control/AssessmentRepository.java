package care.dyad.assessment.control;

import care.dyad.assessment.entity.Assessment;
import care.dyad.assessment.entity.TimePoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

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

  public List<Assessment> ofEpisode(UUID episodeId) {
    return em.createQuery(
            "select a from Assessment a where a.episodeId = :episode order by a.assessedAt",
            Assessment.class)
        .setParameter("episode", episodeId)
        .getResultList();
  }
}
