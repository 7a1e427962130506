package care.dyad.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.dyad.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerFromTokenTest {

  private static String jwt(String payload) {
    var encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + ".signature";
  }

  @Test
  void staffTokenGivesCentres() {
    var caller =
        CallerFromToken.callerOf(
            claims(
                "{\"sub\":\"u-1\",\"preferred_username\":\"nina\",\"centres\":[\"north\",\"south\"]}"));
    assertEquals("u-1", caller.subject());
    assertEquals(Set.of("north", "south"), caller.centres());
    assertNull(caller.payerId());
  }

  @Test
  void payerTokenGivesPayerAndNoCentres() {
    var caller = CallerFromToken.callerOf(claims("{\"sub\":\"svc\",\"payer_id\":\"northwind\"}"));
    assertEquals("northwind", caller.payerId());
    assertEquals(Set.of(), caller.centres());
  }

  @Test
  void singleCentreAsPlainStringIsAccepted() {
    assertEquals(
        Set.of("north"),
        CallerFromToken.callerOf(claims("{\"sub\":\"x\",\"centres\":\"north\"}")).centres());
  }

  @Test
  void malformedTokenIsRefused() {
    var refusal = assertThrows(DomainException.class, () -> CallerFromToken.claimsOf("garbage"));
    assertEquals(DomainException.Kind.UNAUTHENTICATED, refusal.kind());
  }

  @Test
  void staffReachOnlyTheCentresTheirRecordAlsoNames() {
    var caller =
        CallerFromToken.callerOf(claims("{\"sub\":\"u\",\"centres\":[\"north\",\"south\"]}"));
    assertEquals(Set.of("north"), caller.within(Set.of("north", "east")).centres());
  }

  private static jakarta.json.JsonObject claims(String payload) {
    return CallerFromToken.claimsOf(jwt(payload));
  }
}
