package care.dyad.web.problem;

import care.dyad.shared.DomainException;
import care.dyad.web.json.UnfitValue;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One failure, classified once: HTTP status, a title, a detail a person can act on and the request
 * fields at fault. Messages come from our own code, never from a database or a stack, so no
 * clinical data or internals leak into answers or logs.
 */
public record Failure(
    int status, String title, String detail, List<FieldError> errors, Object details) {

  public Failure(int status, String title, String detail, List<FieldError> errors) {
    this(status, title, detail, errors, null);
  }

  private static final Logger LOG = Logger.getLogger(Failure.class.getName());

  /** A request field and what is wrong with it. */
  public record FieldError(String field, String message) {}

  public static Failure of(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      var known = known(t);
      if (known != null) {
        return known;
      }
    }
    var reference = UUID.randomUUID();
    // Only the exception types are logged: their messages may quote clinical values.
    LOG.log(
        Level.SEVERE, "Unexpected failure {0}: {1}", new Object[] {reference, typeChain(thrown)});
    return new Failure(
        500,
        "Unexpected error",
        "The server could not complete the request; nothing was saved. Reference "
            + reference
            + ".",
        List.of());
  }

  private static Failure known(Throwable t) {
    if (t instanceof DomainException e) {
      var status =
          switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case UNAUTHENTICATED -> 401;
            case UNAVAILABLE -> 503;
          };
      var errors =
          e.field() == null
              ? List.<FieldError>of()
              : List.of(new FieldError(e.field(), e.getMessage()));
      return new Failure(status, title(status), e.getMessage(), errors, e.details());
    }
    if (t instanceof EJBAccessException) {
      return new Failure(403, title(403), "Your role does not allow this request.", List.of());
    }
    if (t instanceof ConstraintViolationException e) {
      var errors =
          e.getConstraintViolations().stream()
              .map(v -> new FieldError(field(v), v.getMessage()))
              .sorted(Comparator.comparing(FieldError::field))
              .toList();
      return new Failure(400, title(400), detailOf(errors), errors);
    }
    if (t instanceof UnfitValue e) {
      return new Failure(
          400, title(400), e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())));
    }
    if (t instanceof JsonbException
        || t instanceof JsonException
        || t instanceof ProcessingException) {
      return UnreadableBody.failure(t);
    }
    if (t instanceof OptimisticLockException || t instanceof PessimisticLockException) {
      return new Failure(
          409,
          title(409),
          "The record was changed by someone else at the same time; retry.",
          List.of());
    }
    if (t instanceof SQLException e
        && e.getSQLState() != null
        && e.getSQLState().startsWith("23")) {
      return new Failure(
          409,
          title(409),
          "The request conflicts with a record saved at the same time; reload and retry.",
          List.of());
    }
    // A value the checks before it let through but a column cannot hold (too long, out of range):
    // a safety net, the checks name the field.
    if (t instanceof SQLException e
        && ("22001".equals(e.getSQLState()) || "22003".equals(e.getSQLState()))) {
      return new Failure(
          400,
          title(400),
          "A value in the request is too long or out of range; shorten it and retry.",
          List.of());
    }
    if (t instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
      var status = e.getResponse().getStatus();
      return new Failure(status, title(status), httpDetail(status), List.of());
    }
    return null;
  }

  /**
   * The request field a violation is about, as the client named it: "child.birthDate",
   * "blocks[2].day". The method and parameter a constraint was checked on (e.g. "decline.decision"
   * on an EJB, "register.arg0" on a resource) are the server's names, not the request's, and are
   * left out.
   */
  static String field(ConstraintViolation<?> violation) {
    var names = new ArrayList<String>();
    for (var node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> names.clear();
        default -> {
          if (node.isInIterable() && !names.isEmpty()) {
            var position = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (position != null) {
              names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
            }
          }
          if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
            names.add(node.getName());
          }
        }
      }
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }

  static String httpDetail(int status) {
    return switch (status) {
      case 400 ->
          "The request could not be read: check the URL's percent-encoding and the Accept and"
              + " Content-Type headers.";
      case 401 -> "A valid bearer token is required.";
      case 403 -> "Your role does not allow this request.";
      case 404 -> "There is no such resource.";
      case 405 -> "This method is not allowed on this resource.";
      case 406 -> "The requested media type cannot be produced; ask for JSON.";
      case 413 -> "The request body is over 1 MB, more than any request of this API needs.";
      case 415 -> "Send the request body as JSON (Content-Type: application/json).";
      default -> "The request cannot be processed (HTTP " + status + ").";
    };
  }

  /**
   * One sentence naming every invalid field, e.g. "clinicianId is required; count must be greater
   * than or equal to 1." (the messages are phrases, so they are separated, not run on).
   */
  static String detailOf(List<FieldError> errors) {
    if (errors.isEmpty()) {
      return "The request is invalid.";
    }
    var messages =
        errors.stream()
            // Bean Validation's own messages ("must not be null") do not say which field.
            .map(e -> namesItsField(e) ? e.message() : e.field() + " " + e.message())
            .map(m -> m.endsWith(".") ? m.substring(0, m.length() - 1) : m)
            .distinct()
            .toList();
    return String.join("; ", messages) + ".";
  }

  private static boolean namesItsField(FieldError error) {
    var field = error.field();
    return error.message().contains(field.substring(field.lastIndexOf('.') + 1));
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Invalid request";
      case 401 -> "Not authenticated";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 409 -> "Conflict";
      case 413 -> "Request body too large";
      case 503 -> "Service unavailable";
      case 415 -> "Unsupported media type";
      default -> status >= 500 ? "Server error" : "Request refused";
    };
  }

  private static String typeChain(Throwable thrown) {
    var chain = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      chain.append(chain.isEmpty() ? "" : " <- ").append(t.getClass().getName());
      if (t.getStackTrace().length > 0) {
        chain.append(" at ").append(t.getStackTrace()[0]);
      }
    }
    return chain.toString();
  }
}
