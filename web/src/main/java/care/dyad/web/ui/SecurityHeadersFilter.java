package care.dyad.web.ui;

import care.dyad.staff.control.KeycloakSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Keeps the UI's pages to scripts and styles of this origin and lets them talk only to this server
 * and Keycloak; no framing, no sniffing, no referrer carrying record ids elsewhere.
 */
@WebFilter("/*")
public class SecurityHeadersFilter extends HttpFilter {

  @Inject KeycloakSettings keycloak;

  private String policy;

  @Override
  public void init() {
    var uri = URI.create(keycloak.publicUrl());
    var keycloakOrigin =
        uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self' "
            + keycloakOrigin
            + "; frame-src "
            + keycloakOrigin
            + "; frame-ancestors 'none'; form-action 'self' "
            + keycloakOrigin
            + "; base-uri 'none'; object-src 'none'";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (request.getRequestURI().startsWith("/api/")) {
      // Records of children and families stay out of the browser's disk cache on shared devices.
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
