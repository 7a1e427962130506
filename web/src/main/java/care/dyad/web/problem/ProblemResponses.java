package care.dyad.web.problem;

import care.dyad.web.json.JsonP;
import care.dyad.web.json.SharedJsonb;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;

/** Renders any failure on {@code /api} as an RFC 9457 problem document. */
@Provider
public class ProblemResponses implements ExceptionMapper<Throwable> {

  public static final String PROBLEM_JSON = "application/problem+json";

  @Inject RefusalAudit refusals;
  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable thrown) {
    var failure = Failure.of(thrown);
    refusals.record(uri, failure);
    return render(failure);
  }

  public static Response render(Failure failure) {
    return Response.status(failure.status()).type(PROBLEM_JSON).entity(body(failure)).build();
  }

  /** The problem document of a failure. */
  public static String body(Failure failure) {
    var body =
        JsonP.PROVIDER
            .createObjectBuilder()
            .add("type", "about:blank")
            .add("title", failure.title())
            .add("status", failure.status())
            .add("detail", failure.detail());
    if (!failure.errors().isEmpty()) {
      var errors = JsonP.PROVIDER.createArrayBuilder();
      failure
          .errors()
          .forEach(
              e ->
                  errors.add(
                      JsonP.PROVIDER
                          .createObjectBuilder()
                          .add("field", e.field())
                          .add("message", e.message())));
      body.add("errors", errors);
    }
    if (failure.details() != null) {
      body.add("conflicts", detailsJson(failure.details()));
    }
    return body.build().toString();
  }

  /** Structured refusal details (records) as JSON for the problem document. */
  private static JsonValue detailsJson(Object details) {
    return JsonP.PROVIDER
        .createReader(new StringReader(SharedJsonb.jsonb().toJson(details)))
        .readValue();
  }
}
