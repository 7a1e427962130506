package care.dyad.web.problem;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject RefusalAudit refusals;
  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable thrown) {
    var failure = Failure.of(thrown);
    refusals.record(uri, failure);
    return render(failure);
  }

  public static Response render(Failure failure) {
    var body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", failure.title())
            .add("status", failure.status())
            .add("detail", failure.detail());
    if (!failure.errors().isEmpty()) {
      var errors = Json.createArrayBuilder();
      failure
          .errors()
          .forEach(
              e ->
                  errors.add(
                      Json.createObjectBuilder()
                          .add("field", e.field())
                          .add("message", e.message())));
      body.add("errors", errors);
    }
    if (failure.details() != null) {
      body.add("conflicts", detailsJson(failure.details()));
    }
    return Response.status(failure.status())
        .type(PROBLEM_JSON)
        .entity(body.build().toString())
        .build();
  }

  /** Structured refusal details (records) as JSON for the problem document. */
  private static JsonValue detailsJson(Object details) {
    return Json.createReader(new StringReader(JSONB.toJson(details))).readValue();
  }
}
