package care.dyad.staff.control;

import care.dyad.shared.DomainException;
import care.dyad.staff.entity.PayerPartner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.stream.Collectors;

/** Answers who the caller is and which centres and payers exist. */
@ApplicationScoped
public class Directory {

  @PersistenceContext EntityManager em;

  /**
   * The centre a new record belongs to: the one asked for, which must be one of the caller's, or
   * the caller's only centre when none is named.
   */
  public String centreFor(Caller caller, String requestedCentre) {
    if (requestedCentre == null || requestedCentre.isBlank()) {
      if (caller.centres().size() == 1) {
        return caller.centres().iterator().next();
      }
      throw DomainException.invalid(
          "centreId",
          "centreId is required because you work in several centres: "
              + String.join(", ", caller.centres().stream().sorted().toList())
              + ".");
    }
    if (!caller.worksIn(requestedCentre)) {
      throw DomainException.invalid(
          "centreId",
          "You do not work in centre '"
              + requestedCentre
              + "'; your centres: "
              + String.join(", ", caller.centres().stream().sorted().toList())
              + ".");
    }
    return requestedCentre;
  }

  /** An active payer partner, or a refusal naming the ones that exist. */
  public PayerPartner activePayer(String payerId) {
    var payer = em.find(PayerPartner.class, payerId);
    if (payer == null || !payer.active()) {
      var known =
          em.createQuery(
                  "select p.id from PayerPartner p where p.active = true order by p.id",
                  String.class)
              .getResultStream()
              .collect(Collectors.joining(", "));
      throw DomainException.invalid(
          "payerId", "'" + payerId + "' is not an active payer partner; use one of " + known + ".");
    }
    return payer;
  }
}
