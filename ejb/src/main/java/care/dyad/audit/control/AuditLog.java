package care.dyad.audit.control;

import care.dyad.audit.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

/**
 * The trail itself: events are appended and searched, never updated or removed. The entity manager
 * joins the caller's transaction, so an event commits or rolls back with the work it describes.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext EntityManager em;

  public void append(AuditEvent event) {
    em.persist(event);
  }

  /**
   * Newest first, within the given centres: events about records of those centres, and events about
   * no known record (refusals, failed look-ups) by callers who work in one of them.
   */
  public List<AuditEvent> search(AuditFilter filter, Collection<String> centres) {
    if (centres.isEmpty()) {
      return List.of();
    }
    var parameters = new HashMap<String, Object>();
    var jpql =
        new StringBuilder(
            "select a from AuditEvent a where (a.centreId in :centres or (a.centreId is null and (");
    parameters.put("centres", centres);
    var i = 0;
    for (var centre : centres.stream().sorted().toList()) {
      jpql.append(i == 0 ? "" : " or ").append("a.actorCentres like :c").append(i);
      jpql.append(" escape '!'");
      parameters.put("c" + i, AuditEvent.centrePattern(centre));
      i++;
    }
    jpql.append(")))");
    // Only the criteria given become conditions: "(:x is null or …)" trips PostgreSQL's typing of
    // null parameters.
    where(jpql, parameters, "a.episodeId = :episodeId", "episodeId", filter.episodeId());
    where(jpql, parameters, "a.dyadId = :dyadId", "dyadId", filter.dyadId());
    where(jpql, parameters, "a.actor = :actor", "actor", filter.actor());
    where(jpql, parameters, "a.occurredAt >= :from", "from", filter.from());
    where(jpql, parameters, "a.occurredAt < :to", "to", filter.to());
    where(jpql, parameters, "a.outcome = :outcome", "outcome", filter.outcome());
    jpql.append(" order by a.occurredAt desc, a.id desc");
    var query = em.createQuery(jpql.toString(), AuditEvent.class).setMaxResults(filter.limit());
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  private static void where(
      StringBuilder jpql,
      HashMap<String, Object> parameters,
      String condition,
      String name,
      Object value) {
    if (value != null) {
      jpql.append(" and ").append(condition);
      parameters.put(name, value);
    }
  }
}
