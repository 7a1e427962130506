package care.dyad.programme.control;

import care.dyad.programme.entity.CarePlan;
import care.dyad.programme.entity.Programme;
import care.dyad.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The programme catalogue and the care plans made from it. */
@ApplicationScoped
public class ProgrammeCatalogue {

  @PersistenceContext EntityManager em;

  public List<Programme> all() {
    return em.createQuery("select p from Programme p order by p.code", Programme.class)
        .getResultList();
  }

  public Optional<Programme> find(String code) {
    return Optional.ofNullable(code == null ? null : em.find(Programme.class, code.trim()));
  }

  /** An active programme, or a refusal listing the ones that can be assigned. */
  public Programme requireActive(String code) {
    return find(code)
        .filter(Programme::active)
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "programmeCode",
                    "'"
                        + code
                        + "' is not an active programme; use one of "
                        + all().stream()
                            .filter(Programme::active)
                            .map(Programme::code)
                            .collect(Collectors.joining(", "))
                        + "."));
  }

  public void add(Programme programme) {
    em.persist(programme);
  }

  public Optional<CarePlan> carePlanOf(UUID episodeId) {
    return Optional.ofNullable(em.find(CarePlan.class, episodeId));
  }

  /** The care plans of many episodes in one query, keyed by episode. */
  public Map<UUID, CarePlan> carePlansOf(Collection<UUID> episodeIds) {
    if (episodeIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select distinct c from CarePlan c left join fetch c.extensions"
                + " where c.episodeId in :ids",
            CarePlan.class)
        .setParameter("ids", episodeIds)
        .getResultStream()
        .collect(Collectors.toMap(CarePlan::episodeId, plan -> plan));
  }

  public void add(CarePlan plan) {
    em.persist(plan);
  }
}
