package care.dyad.web.api;

import care.dyad.audit.boundary.AuditEventView;
import care.dyad.audit.boundary.AuditQueries;
import care.dyad.audit.boundary.AuditQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The audit trail of the caller's centres, for centre admins. Filters arrive as text and are
 * checked by the boundary after the role check, so a bad value is a 400 naming the field and the
 * form that works (a typed {@code UUID} parameter would turn it into a bare 404).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditQueries audit;

  /**
   * {@code GET /api/audit?episodeId=&dyadId=&actor=&from=&to=&outcome=&limit=}: newest first;
   * {@code from} inclusive, {@code to} exclusive, both ISO-8601 instants; {@code limit} 1–1000,
   * default 200.
   */
  @GET
  public List<AuditEventView> search(
      @QueryParam("episodeId") String episodeId,
      @QueryParam("dyadId") String dyadId,
      @QueryParam("actor") String actor,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("outcome") String outcome,
      @QueryParam("limit") String limit) {
    return audit.search(new AuditQuery(episodeId, dyadId, actor, from, to, outcome, limit));
  }
}
