package dev.iamkit.core.internal.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IpRange properties (S3.9)")
class IpRangeProperties {
  private static final long SEED = 0x1B_0A_D0_E5L;

  private static String ipv4(long v) {
    return ((v >> 24) & 0xFF) + "." + ((v >> 16) & 0xFF) + "." + ((v >> 8) & 0xFF) + "." + (v & 0xFF);
  }

  @Test
  @DisplayName("S3.9: an IPv4 address is in a /n range iff its first n bits equal the range's")
  void ipv4_membership_is_prefix_equality() {
    qt().withFixedSeed(SEED).forAll(longs().between(0, 0xFFFF_FFFFL), longs().between(0, 0xFFFF_FFFFL),
            integers().between(0, 32))
        .checkAssert((a, b, n) -> {
          IpRange range = IpRange.parse(ipv4(a) + "/" + n).orElseThrow();
          long mask = n == 0 ? 0 : (0xFFFF_FFFFL << (32 - n)) & 0xFFFF_FFFFL;
          boolean expected = (a & mask) == (b & mask);
          assertThat(range.contains(IpRange.parseAddress(ipv4(b)).orElseThrow())).isEqualTo(expected);
          assertThat(range.contains(IpRange.parseAddress(ipv4(a)).orElseThrow())).isTrue();
          assertThat(range).hasToString(ipv4(a & mask) + "/" + n);
        });
  }

  @Test
  @DisplayName("S3.9: IPv6 canonical text parses back to the same range, and no IPv4 address is inside")
  void ipv6_canonical_text_round_trips() {
    qt().withFixedSeed(SEED).forAll(longs().all(), longs().all(), integers().between(0, 128))
        .checkAssert((hi, lo, n) -> {
          BigInteger v = BigInteger.valueOf(hi).shiftLeft(64).or(BigInteger.valueOf(lo).and(
              BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
          StringBuilder text = new StringBuilder();
          for (int g = 7; g >= 0; g--) {
            text.append(v.shiftRight(16 * g).and(BigInteger.valueOf(0xFFFF)).toString(16));
            if (g > 0) {
              text.append(':');
            }
          }
          IpRange range = IpRange.parse(text + "/" + n).orElseThrow();
          assertThat(IpRange.parse(range.toString())).contains(range);
          assertThat(range.contains(IpRange.parseAddress(text.toString()).orElseThrow())).isTrue();
          assertThat(range.contains(new byte[4])).isFalse();
        });
  }
}
