package dev.iamkit.core.internal.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("IpRange (S3.9)")
class IpRangeTest {

  private static byte[] address(String text) {
    return IpRange.parseAddress(text).orElseThrow();
  }

  private static IpRange range(String text) {
    return IpRange.parse(text).orElseThrow();
  }

  @Nested
  @DisplayName("parse")
  class Parse {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @DisplayName("S3.9: CIDR and bare addresses, host bits masked, IPv6 canonicalised")
    @CsvSource(delimiter = '|', value = {
        "203.0.113.0/24|203.0.113.0/24",
        "203.0.113.77/24|203.0.113.0/24",
        "203.0.113.5|203.0.113.5/32",
        "0.0.0.0/0|0.0.0.0/0",
        "10.1.2.3/8|10.0.0.0/8",
        "10.255.2.3/9|10.128.0.0/9",
        "2001:DB8::/32|2001:db8::/32",
        "2001:0db8:0000:0000:0000:0000:0000:0001|2001:db8::1/128",
        "2001:db8:ffff::/33|2001:db8:8000::/33",
        "::/0|::/0",
        "::ffff:203.0.113.5|::ffff:cb00:7105/128",
        "::ffff:203.0.113.0/120|::ffff:cb00:7100/120",
        "203.0.113.5/032|203.0.113.5/32",
    })
    void parses(String text, String canonical) {
      assertThat(range(text)).hasToString(canonical);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("S3.9: rejects malformed ranges")
    @ValueSource(strings = {"", "/24", "203.0.113.0/", "203.0.113.0/33", "2001:db8::/129", "203.0.113.0/-1",
        "203.0.113.0/+8", "203.0.113.0/8/8", "203.0.113", "203.0.113.256", "203.0.113.05", "fe80::1%eth0",
        "[::1]", " 203.0.113.5", "203.0.113.5 ", "example.com", "localhost", "1:2:3:4:5:6:7:8:9", "203.0.113.0/1000",
        "203.0.113.0/ 8"})
    void rejects(String text) {
      assertThat(IpRange.parse(text)).isEmpty();
    }

    @Test
    @DisplayName("S3.9: IPv6 text compared after parsing: case and :: compression do not matter")
    void ipv6_text_compared_after_parsing() {
      new EqualsTester()
          .addEqualityGroup(range("2001:DB8::/32"), range("2001:db8::/32"), range("2001:0db8:0:0::/32"),
              range("2001:db8:1234::/32"))
          .addEqualityGroup(range("203.0.113.0/24"), range("203.0.113.9/24"))
          .addEqualityGroup(range("203.0.113.0/25"))
          .addEqualityGroup(range("::ffff:203.0.113.0/120"))
          .testEquals();
    }
  }

  @Nested
  @DisplayName("parseAddress")
  class ParseAddress {

    @Test
    @DisplayName("S3.9: IPv4 gives 4 bytes, IPv6 16 bytes, IPv4-mapped IPv6 stays 16 bytes")
    void families() {
      assertThat(address("203.0.113.5")).hasSize(4);
      assertThat(address("2001:db8::1")).hasSize(16);
      assertThat(address("::ffff:203.0.113.5"))
          .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 203, 0, 113, 5);
      assertThat(address("::ffff:cb00:7105")).isEqualTo(address("::ffff:203.0.113.5"));
      assertThat(address("::203.0.113.5")).hasSize(16);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("S3.9: a CIDR is not an address")
    @ValueSource(strings = {"203.0.113.0/24", "2001:db8::/32", "", "fe80::1%1", "not an ip"})
    void rejects(String text) {
      assertThat(IpRange.parseAddress(text)).isEmpty();
      assertThat(IpRange.isAddress(text)).isFalse();
    }

    @Test
    @DisplayName("returns a fresh array each time")
    void fresh_array() {
      byte[] a = address("203.0.113.5");
      a[0] = 0;
      assertThat(address("203.0.113.5")[0]).isEqualTo((byte) 203);
    }
  }

  @Nested
  @DisplayName("contains")
  class Contains {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @DisplayName("S3.9: membership, with no cross-family match")
    @CsvSource(delimiter = '|', value = {
        "203.0.113.0/24|203.0.113.5|true",
        "203.0.113.0/24|203.0.114.5|false",
        "203.0.113.5|203.0.113.5|true",
        "203.0.113.5|203.0.113.6|false",
        "10.128.0.0/9|10.200.1.1|true",
        "10.128.0.0/9|10.127.1.1|false",
        "0.0.0.0/0|198.51.100.1|true",
        "0.0.0.0/0|2001:db8::1|false",
        "::/0|2001:db8::1|true",
        "::/0|203.0.113.5|false",
        "2001:db8::/32|2001:DB8:0:1::5|true",
        "2001:db8::/32|2001:db9::5|false",
        "203.0.113.0/24|::ffff:203.0.113.5|false",
        "::ffff:203.0.113.0/120|203.0.113.5|false",
        "::ffff:203.0.113.0/120|::ffff:203.0.113.5|true",
        "::ffff:0:0/96|::ffff:198.51.100.1|true",
    })
    void membership(String range, String address, boolean expected) {
      assertThat(range(range).contains(address(address))).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("network() returns the masked network as a fresh array")
  void network_is_a_copy() {
    IpRange r = range("203.0.113.77/24");
    assertThat(r.network()).containsExactly(203, 0, 113, 0);
    r.network()[0] = 1;
    assertThat(r.network()[0]).isEqualTo((byte) 203);
    assertThat(r.prefixLength()).isEqualTo(24);
    assertThat(r.isIpv6()).isFalse();
    assertThat(range("::1").isIpv6()).isTrue();
  }
}
