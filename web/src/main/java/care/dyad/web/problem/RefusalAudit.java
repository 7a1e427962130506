package care.dyad.web.problem;

import care.dyad.audit.boundary.AuditTrail;
import care.dyad.audit.boundary.RefusedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts refused and failed requests of authenticated callers on the audit trail. The exception
 * mappers call it after classifying the failure; the business transaction has rolled back by then,
 * so {@link AuditTrail} records in a transaction of its own. Recording never changes the answer: a
 * failure here is logged by type only, as its message may quote request values.
 */
@ApplicationScoped
public class RefusalAudit {

  private static final Logger LOG = Logger.getLogger(RefusalAudit.class.getName());

  @Inject AuditTrail trail;
  @Inject HttpServletRequest request;

  /**
   * Records the request if it failed (4xx and 5xx alike: an attempt that broke is still an attempt)
   * and came with a validated token. Anonymous requests are turned away before the API and are not
   * recorded.
   *
   * @param uri the mapper's {@code @Context UriInfo}, for the path parameters the request matched
   * @param failure the classified failure, as rendered
   */
  public void record(UriInfo uri, Failure failure) {
    try {
      if (failure.status() < 400 || request.getUserPrincipal() == null) {
        return;
      }
      var parameters = new HashMap<String, String>();
      if (uri != null) {
        uri.getPathParameters()
            .forEach(
                (name, values) -> {
                  if (!values.isEmpty()) {
                    parameters.put(name, values.get(0));
                  }
                });
      }
      var refused = RefusedRequest.of(request.getMethod(), request.getRequestURI(), parameters);
      trail.recordRefusal(refused.action(), failure.status(), refused.targetId());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "A refused request could not be audited: {0}",
          e.getClass().getName()
              + (e.getCause() == null ? "" : " <- " + e.getCause().getClass().getName()));
    }
  }
}
