package care.dyad.web.security;

import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.AccessStanding;
import care.dyad.staff.control.Caller;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.control.StaffAccounts;
import care.dyad.web.json.JsonP;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Reads the caller's centres and payer from the bearer token that WildFly's OIDC client verified
 * (signature, expiry, issuer, audience) before the request got here, as the principal carries it.
 * Then the staff or payer record decides whether the token still speaks for its holder ({@link
 * AccessStanding}): a disabled, demoted or rotated account's old tokens are refused with 401 at
 * once, and a staff member reaches only the centres both the token and the record name.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerFromToken implements ContainerRequestFilter {

  static final String CENTRES_CLAIM = "centres";
  static final String PAYER_CLAIM = "payer_id";

  @Inject CurrentCaller currentCaller;
  @Inject AccessStanding standing;

  @Override
  public void filter(ContainerRequestContext request) {
    var security = request.getSecurityContext();
    // The claims come from the token WildFly verified, never from the request's header: a request
    // can carry several Authorization headers, and the container verifies only one of them.
    if (!(security.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
      return;
    }
    var claims = claimsOf(principal.getOidcSecurityContext().getTokenString());
    var caller = callerOf(claims);
    var issuedAt = Instant.ofEpochSecond(claims.getJsonNumber("iat").longValue());
    if (caller.payerId() != null && security.isUserInRole(Roles.PAYER)) {
      var refusal = standing.payerRefusal(caller.payerId(), issuedAt);
      if (refusal != null) {
        throw DomainException.unauthenticated(refusal);
      }
    } else {
      // A payer id counts only for a payer client; staff are held to their staff record.
      caller = caller.withoutPayer();
      var tokenRoles =
          StaffAccounts.STAFF_ROLES.stream()
              .filter(security::isUserInRole)
              .collect(Collectors.toUnmodifiableSet());
      if (!tokenRoles.isEmpty()) {
        var staff = standing.ofStaff(caller.username(), tokenRoles, issuedAt);
        if (staff.refusal() != null) {
          throw DomainException.unauthenticated(staff.refusal());
        }
        caller = caller.within(staff.centres());
      }
    }
    currentCaller.set(caller);
  }

  static JsonObject claimsOf(String jwt) {
    var parts = jwt.split("\\.");
    if (parts.length < 2) {
      throw DomainException.unauthenticated("The bearer token is malformed.");
    }
    var payloadJson = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    try (var reader = JsonP.PROVIDER.createReader(new StringReader(payloadJson))) {
      return reader.readObject();
    }
  }

  static Caller callerOf(JsonObject claims) {
    return new Caller(
        claims.getString("sub", ""),
        claims.getString("preferred_username", ""),
        strings(claims, CENTRES_CLAIM),
        claims.getString(PAYER_CLAIM, null));
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
