package care.dyad.export.control;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Where deliveries may go. They carry health data, so never to the machine's own link (a cloud
 * metadata service at 169.254.169.254 or fe80::/10), a wildcard or a multicast address. Private and
 * loopback addresses stay allowed: partners on their own networks, and tests. Plain http only stays
 * within them: beyond, the data must travel encrypted (https).
 */
public final class EndpointAddresses {

  /** A URI host that is an IPv4 address; an IPv6 one is written in brackets. */
  private static final Pattern IPV4 = Pattern.compile("[0-9.]+");

  private EndpointAddresses() {}

  /**
   * Whether a URI host written as an address is refused. Names are not looked up (a lookup while a
   * payer registers could hang its request); {@link #resolvesToRefused} judges them at delivery.
   */
  public static boolean isRefusedLiteral(String host) {
    var ipv6 = host.startsWith("[");
    if (!ipv6 && !IPV4.matcher(host).matches()) {
      return false;
    }
    try {
      return refused(InetAddress.getByName(unbracketed(host))); // a literal: parsed, not resolved
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Whether any address the URI host resolves to now is refused: a name can point anywhere, and can
   * be repointed after it was registered.
   *
   * @throws UnknownHostException when the name does not resolve
   */
  public static boolean resolvesToRefused(String host) throws UnknownHostException {
    for (var address : InetAddress.getAllByName(unbracketed(host))) {
      if (refused(address)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether plain http may go to a URI host judged without a lookup: {@code localhost} or an
   * address on a loopback or private network.
   */
  public static boolean isLocalLiteral(String host) {
    if ("localhost".equalsIgnoreCase(host)) {
      return true;
    }
    if (!host.startsWith("[") && !IPV4.matcher(host).matches()) {
      return false;
    }
    try {
      return local(InetAddress.getByName(unbracketed(host))); // a literal: parsed, not resolved
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Whether every address the URI host resolves to now is on a loopback or private network.
   *
   * @throws UnknownHostException when the name does not resolve
   */
  public static boolean resolvesOnlyToLocal(String host) throws UnknownHostException {
    for (var address : InetAddress.getAllByName(unbracketed(host))) {
      if (!local(address)) {
        return false;
      }
    }
    return true;
  }

  private static boolean local(InetAddress address) {
    return address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        // IPv6 unique local addresses (fc00::/7), the private networks of IPv6.
        || (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc);
  }

  private static boolean refused(InetAddress address) {
    return address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress();
  }

  private static String unbracketed(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
