package dev.iamkit.core.internal.value;

import com.google.common.net.InetAddresses;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An IPv4 or IPv6 address range in CIDR notation, the policy value of {@code IpAddress} and {@code NotIpAddress}
 * (S3.9). Immutable and thread-safe.
 *
 * <ul>
 *   <li>A bare address means {@code /32} (IPv4) or {@code /128} (IPv6). Host bits below the prefix are masked
 *       off: {@code 203.0.113.77/24} is {@code 203.0.113.0/24}.
 *   <li>IPv6 text is compared after parsing, so case and {@code ::} compression do not matter.
 *   <li>Addresses are kept as 4 or 16 bytes and never change family: an IPv4-mapped IPv6 address
 *       ({@code ::ffff:203.0.113.5}) stays a 16-byte IPv6 address, unlike {@link InetAddress} and Guava, which
 *       turn it into an {@link Inet4Address}. An IPv4 address is never inside an IPv6 range and vice versa.
 *   <li>Rejected: zone indexes ({@code fe80::1%eth0}), brackets, white space, IPv4 octets with leading zeros,
 *       prefix lengths above 32 or 128, and prefixes that are not plain decimal.
 * </ul>
 *
 * <pre>{@code
 * IpRange range = IpRange.parse("203.0.113.0/24").orElseThrow();
 * range.contains(IpRange.parseAddress("203.0.113.5").orElseThrow());       // true
 * range.contains(IpRange.parseAddress("::ffff:203.0.113.5").orElseThrow()); // false: IPv6
 * }</pre>
 */
public final class IpRange {
  private static final int MAX_PREFIX_DIGITS = 3;

  private final byte[] network;
  private final int prefixLength;

  private IpRange(byte[] network, int prefixLength) {
    this.network = network;
    this.prefixLength = prefixLength;
  }

  /**
   * Parses {@code ADDRESS} or {@code ADDRESS/PREFIX}; empty when the text is neither an IPv4 nor an IPv6
   * address with an optional prefix length in range.
   */
  public static Optional<IpRange> parse(String cidrOrAddress) {
    Objects.requireNonNull(cidrOrAddress, "cidrOrAddress");
    int slash = cidrOrAddress.indexOf('/');
    String addressText = slash < 0 ? cidrOrAddress : cidrOrAddress.substring(0, slash);
    byte[] address = address(addressText);
    if (address == null) {
      return Optional.empty();
    }
    int maxPrefix = address.length * 8;
    int prefix = maxPrefix;
    if (slash >= 0) {
      prefix = prefix(cidrOrAddress, slash + 1, maxPrefix);
      if (prefix < 0) {
        return Optional.empty();
      }
    }
    mask(address, prefix);
    return Optional.of(new IpRange(address, prefix));
  }

  /**
   * Parses a single IPv4 (4 bytes) or IPv6 (16 bytes) address, as found in request values such as
   * {@code aws:SourceIp}; empty for anything else, CIDR notation included. Returns a fresh array.
   */
  public static Optional<byte[]> parseAddress(String text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(address(text));
  }

  /** Whether {@link #parseAddress} accepts the text. */
  public static boolean isAddress(String text) {
    return parseAddress(text).isPresent();
  }

  /**
   * Whether the address (4 or 16 bytes, as from {@link #parseAddress}) lies in this range; always false for an
   * address of the other family.
   */
  public boolean contains(byte[] address) {
    Objects.requireNonNull(address, "address");
    if (address.length != network.length) {
      return false;
    }
    int fullBytes = prefixLength / 8;
    for (int k = 0; k < fullBytes; k++) {
      if (address[k] != network[k]) {
        return false;
      }
    }
    int restBits = prefixLength % 8;
    if (restBits == 0) {
      return true;
    }
    int m = (0xFF << (8 - restBits)) & 0xFF;
    return (address[fullBytes] & m) == (network[fullBytes] & 0xFF);
  }

  /** Whether this is an IPv6 range (16-byte addresses). */
  public boolean isIpv6() {
    return network.length == 16;
  }

  /** The prefix length, 0 to 32 or 0 to 128. */
  public int prefixLength() {
    return prefixLength;
  }

  /** The network address (host bits zero), as a fresh array of 4 or 16 bytes. */
  public byte[] network() {
    return network.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IpRange r && prefixLength == r.prefixLength && Arrays.equals(network, r.network);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(network) + prefixLength;
  }

  /** Canonical CIDR text: {@code 203.0.113.0/24}, {@code 2001:db8::/32}, {@code ::ffff:cb00:7100/120}. */
  @Override
  public String toString() {
    String address;
    if (network.length == 4) {
      address = (network[0] & 0xFF) + "." + (network[1] & 0xFF) + "." + (network[2] & 0xFF) + "." + (network[3] & 0xFF);
    } else {
      address = ipv6Text(network);
    }
    return address + "/" + prefixLength;
  }

  private static byte @Nullable [] address(String text) {
    if (text.isEmpty() || text.indexOf('%') >= 0 || text.indexOf('/') >= 0) {
      return null;
    }
    InetAddress parsed;
    try {
      // Guava parses literals only (never DNS) and rejects leading zeros in IPv4 octets.
      parsed = InetAddresses.forString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
    byte[] bytes = parsed.getAddress();
    if (text.indexOf(':') >= 0 && bytes.length == 4) {
      // IPv6 text that Guava / the JDK turned into IPv4 (an IPv4-mapped address): keep it IPv6 (S3.9).
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xFF;
      mapped[11] = (byte) 0xFF;
      System.arraycopy(bytes, 0, mapped, 12, 4);
      return mapped;
    }
    return bytes;
  }

  private static int prefix(String text, int from, int max) {
    int n = text.length();
    if (from >= n || n - from > MAX_PREFIX_DIGITS) {
      return -1;
    }
    int value = 0;
    for (int k = from; k < n; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value <= max ? value : -1;
  }

  private static void mask(byte[] address, int prefix) {
    for (int k = 0; k < address.length; k++) {
      int bitsHere = Math.max(0, Math.min(8, prefix - k * 8));
      int m = bitsHere == 0 ? 0 : (0xFF << (8 - bitsHere)) & 0xFF;
      address[k] = (byte) (address[k] & m);
    }
  }

  private static String ipv6Text(byte[] a) {
    // RFC 5952 text without going through InetAddress (which would turn ::ffff:x into IPv4).
    int[] groups = new int[8];
    for (int k = 0; k < 8; k++) {
      groups[k] = ((a[2 * k] & 0xFF) << 8) | (a[2 * k + 1] & 0xFF);
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int k = 0; k < 8; ) {
      if (groups[k] != 0) {
        k++;
        continue;
      }
      int start = k;
      while (k < 8 && groups[k] == 0) {
        k++;
      }
      if (k - start > bestLength && k - start >= 2) {
        bestStart = start;
        bestLength = k - start;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 8; k++) {
      if (k == bestStart) {
        sb.append("::");
        k += bestLength - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(groups[k]));
    }
    return sb.toString();
  }
}
