package care.dyad.web.fhir;

import care.dyad.fhir.OperationOutcomes;
import care.dyad.web.problem.Failure;
import care.dyad.web.problem.RefusalAudit;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** Renders any failure on {@code /fhir} as an OperationOutcome. */
@Provider
public class OperationOutcomeResponses implements ExceptionMapper<Throwable> {

  @Inject RefusalAudit refusals;
  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable thrown) {
    var failure = Failure.of(thrown);
    refusals.record(uri, failure);
    var outcome = OperationOutcomes.error(issueType(failure.status()), failure.detail());
    return Response.status(failure.status()).type(FhirMediaTypes.FHIR_JSON).entity(outcome).build();
  }

  /** The FHIR issue type for an HTTP status. */
  public static IssueType issueType(int status) {
    return switch (status) {
      case 400 -> IssueType.INVALID;
      case 401 -> IssueType.LOGIN;
      case 403 -> IssueType.FORBIDDEN;
      case 404 -> IssueType.NOTFOUND;
      case 409 -> IssueType.CONFLICT;
      case 413 -> IssueType.TOOLONG;
      case 405, 415 -> IssueType.NOTSUPPORTED;
      default -> IssueType.EXCEPTION;
    };
  }
}
