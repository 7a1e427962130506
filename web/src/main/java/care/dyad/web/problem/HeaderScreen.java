package care.dyad.web.problem;

import care.dyad.shared.DomainException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * Reads the Accept header before a resource is chosen by it, so that one that cannot be parsed
 * (e.g. {@code q=high}) is a 400 that names it, not a failure deep in content negotiation. (A
 * Content-Type that cannot be parsed is refused by the server before this, see ErrorPageServlet.)
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class HeaderScreen implements ContainerRequestFilter {

  /** Each {@code q} parameter of the Accept header, with its value. */
  private static final Pattern Q_PARAMETER = Pattern.compile(";\\s*[qQ]\\s*=\\s*([^,;]*)");

  /** A quality value as HTTP defines it: 0 to 1, at most three decimals. */
  private static final Pattern Q_VALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!acceptIsReadable(request)) {
      throw DomainException.invalid(
          "Accept",
          "The Accept header cannot be read; send media types such as application/json, with q"
              + " values from 0 to 1.");
    }
  }

  private static boolean acceptIsReadable(ContainerRequestContext request) {
    try {
      request.getAcceptableMediaTypes();
    } catch (RuntimeException e) {
      return false;
    }
    var accept = request.getHeaderString(HttpHeaders.ACCEPT);
    if (accept == null) {
      return true;
    }
    var q = Q_PARAMETER.matcher(accept);
    while (q.find()) {
      if (!Q_VALUE.matcher(q.group(1).trim()).matches()) {
        return false;
      }
    }
    return true;
  }
}
