package care.dyad.scheduling.control;

import care.dyad.scheduling.entity.AvailabilityException;
import care.dyad.scheduling.entity.WorkingHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** When a clinician works: weekly hours per centre (local time) minus leave and training. */
@ApplicationScoped
public class Availability {

  @PersistenceContext EntityManager em;

  public List<WorkingHours> hours(String username, String centreId) {
    return em.createQuery(
            "select h from WorkingHours h where h.username = :who and h.centreId = :centre"
                + " order by h.dayOfWeek, h.startsAt",
            WorkingHours.class)
        .setParameter("who", username)
        .setParameter("centre", centreId)
        .getResultList();
  }

  public List<AvailabilityException> exceptions(String username, Instant from, Instant until) {
    return em.createQuery(
            "select x from AvailabilityException x where x.username = :who"
                + " and x.startsAt < :until and x.endsAt > :from order by x.startsAt",
            AvailabilityException.class)
        .setParameter("who", username)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }

  static String describe(List<WorkingHours> hours) {
    return hours.stream()
        .map(
            h ->
                h.day().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + " "
                    + h.startsAt()
                    + "-"
                    + h.endsAt())
        .collect(Collectors.joining(", "));
  }
}
