package care.dyad.web.ui;

import care.dyad.staff.control.KeycloakSettings;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Tells the browser where to sign in: Keycloak's public URL, the realm and the UI's client. */
@WebServlet("/ui/config.json")
public class UiConfigServlet extends HttpServlet {

  static final String UI_CLIENT = "dyadcare-ui";

  @Inject KeycloakSettings keycloak;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("url", keycloak.publicUrl())
                .add("realm", keycloak.realm())
                .add("clientId", UI_CLIENT)
                .build()
                .toString());
  }
}
