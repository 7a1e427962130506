package care.dyad.web.problem;

import care.dyad.shared.DomainException;
import care.dyad.web.json.OutOfRangeYears;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * Refuses query and path values that no resource can use, before any resource parses them: text
 * with a NUL character (no database column stores it) and dates in years outside 0001-9999, which
 * Java parses but whose arithmetic overflows. Runs after the caller is known, so the refusal is
 * audited like any other.
 */
@Provider
@Priority(Priorities.USER)
public class ParameterScreen implements ContainerRequestFilter {

  /** FHIR's search prefixes, as in {@code _lastUpdated=ge2026-01-01}. */
  private static final Pattern FHIR_PREFIX = Pattern.compile("^(?:eq|ne|gt|lt|ge|le|sa|eb)");

  @Override
  public void filter(ContainerRequestContext request) {
    var uri = request.getUriInfo();
    for (var segment : uri.getPathSegments()) {
      if (segment.getPath().indexOf('\0') >= 0) {
        throw DomainException.invalid("path", "The path must not contain the NUL character (%00).");
      }
    }
    uri.getQueryParameters()
        .forEach(
            (name, values) -> {
              for (var value : values) {
                if (value.indexOf('\0') >= 0 || name.indexOf('\0') >= 0) {
                  throw DomainException.invalid(
                      name, "Query parameters must not contain the NUL character (%00).");
                }
                if (OutOfRangeYears.in(FHIR_PREFIX.matcher(value.trim()).replaceFirst(""))) {
                  throw DomainException.invalid(
                      name, name + " must be " + OutOfRangeYears.EXPECTED + ".");
                }
              }
            });
  }
}
