package care.dyad.web.security;

import care.dyad.staff.control.Caller;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.web.json.JsonP;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the caller's centres and payer from the bearer token. WildFly's OIDC client has already
 * verified this very token (signature, expiry, issuer, audience) before the request gets here, so
 * decoding its payload is enough.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerFromToken implements ContainerRequestFilter {

  static final String CENTRES_CLAIM = "centres";
  static final String PAYER_CLAIM = "payer_id";

  @Inject CurrentCaller currentCaller;

  @Override
  public void filter(ContainerRequestContext request) {
    var header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return;
    }
    var principal = request.getSecurityContext().getUserPrincipal();
    if (principal == null) {
      return;
    }
    currentCaller.set(callerOf(header.substring(7).trim()));
  }

  static Caller callerOf(String jwt) {
    var parts = jwt.split("\\.");
    if (parts.length < 2) {
      return Caller.NOBODY;
    }
    var payloadJson = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    try (var reader = JsonP.PROVIDER.createReader(new StringReader(payloadJson))) {
      var claims = reader.readObject();
      return new Caller(
          claims.getString("sub", ""),
          claims.getString("preferred_username", ""),
          strings(claims, CENTRES_CLAIM),
          claims.getString(PAYER_CLAIM, null));
    }
  }

  private static Set<String> strings(JsonObject claims, String name) {
    var value = claims.get(name);
    if (value == null) {
      return Set.of();
    }
    if (value.getValueType() == JsonValue.ValueType.STRING) {
      return Set.of(((JsonString) value).getString());
    }
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      return value.asJsonArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .collect(Collectors.toUnmodifiableSet());
    }
    return Set.of();
  }
}
