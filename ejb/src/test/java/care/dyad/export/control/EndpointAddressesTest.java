package care.dyad.export.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointAddressesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "169.254.169.254",
        "[fe80::1]",
        "[::ffff:169.254.169.254]",
        "0.0.0.0",
        "[::]",
        "224.0.0.1",
        "[ff02::1]"
      })
  void theMachinesLinkWildcardsAndMulticastAreRefused(String host) throws Exception {
    assertTrue(EndpointAddresses.isRefusedLiteral(host), host);
    assertTrue(EndpointAddresses.resolvesToRefused(host), host);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.3", "192.168.0.7", "127.0.0.1", "[::1]", "93.184.216.34"})
  void serversOnAnyNetworkAreAllowed(String host) throws Exception {
    assertFalse(EndpointAddresses.isRefusedLiteral(host), host);
    assertFalse(EndpointAddresses.resolvesToRefused(host), host);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"localhost", "127.0.0.1", "[::1]", "10.1.2.3", "192.168.0.7", "[fd00::7]"})
  void plainHttpMayGoToLoopbackAndPrivateNetworks(String host) throws Exception {
    assertTrue(EndpointAddresses.isLocalLiteral(host), host);
    assertTrue(EndpointAddresses.resolvesOnlyToLocal(host), host);
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "[2001:db8::1]", "payer.example"})
  void plainHttpDoesNotLeaveThem(String host) throws Exception {
    assertFalse(EndpointAddresses.isLocalLiteral(host), host);
    if (!host.endsWith(".example")) {
      assertFalse(EndpointAddresses.resolvesOnlyToLocal(host), host);
    }
  }

  @Test
  void namesAreJudgedByWhatTheyResolveToNotByHowTheyLook() throws Exception {
    // Not looked up while a payer registers...
    assertFalse(EndpointAddresses.isRefusedLiteral("metadata.internal"));
    // ...but at delivery: localhost resolves to loopback, allowed.
    assertFalse(EndpointAddresses.resolvesToRefused("localhost"));
    assertThrows(
        UnknownHostException.class,
        () -> EndpointAddresses.resolvesToRefused("no-such-host.invalid"));
  }
}
