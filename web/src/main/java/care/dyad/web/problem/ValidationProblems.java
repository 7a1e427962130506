package care.dyad.web.problem;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures on {@code /api}; registered separately because a mapper for the exact
 * type wins over the JAX-RS runtime's own validation mapper.
 */
@Provider
public class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {

  @Inject RefusalAudit refusals;
  @Context UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException thrown) {
    var failure = Failure.of(thrown);
    refusals.record(uri, failure);
    return ProblemResponses.render(failure);
  }
}
