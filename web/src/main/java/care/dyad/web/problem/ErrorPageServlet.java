package care.dyad.web.problem;

import care.dyad.fhir.Fhir;
import care.dyad.fhir.OperationOutcomes;
import care.dyad.web.fhir.FhirMediaTypes;
import care.dyad.web.fhir.OperationOutcomeResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The answer to a request the container turns away before the API sees it: no or a bad token (401),
 * a Content-Type it cannot parse (400). Clients get the same format as the API's own refusals (a
 * problem document, an OperationOutcome under /fhir) instead of the server's HTML page. Mapped in
 * web.xml.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    var status = code instanceof Integer c ? c : HttpServletResponse.SC_NOT_FOUND;
    var failure = new Failure(status, Failure.title(status), Failure.httpDetail(status), List.of());
    var uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    response.setStatus(status);
    // JSON is UTF-8 by definition: written as bytes, with the same Content-Type as the API's own.
    if (uri.startsWith(request.getContextPath() + "/fhir")) {
      response.setContentType(FhirMediaTypes.FHIR_JSON);
      write(
          response,
          Fhir.encode(
              OperationOutcomes.error(
                  OperationOutcomeResponses.issueType(status), failure.detail())));
    } else {
      response.setContentType(ProblemResponses.PROBLEM_JSON);
      write(response, ProblemResponses.body(failure));
    }
  }

  private static void write(HttpServletResponse response, String json) throws IOException {
    response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
  }
}
