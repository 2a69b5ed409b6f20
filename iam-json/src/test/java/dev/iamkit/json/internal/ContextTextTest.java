package dev.iamkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContextTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.5", "0.0.0.0", "255.255.255.255", "::", "::1", "2001:db8::", "2001:DB8:0:0:0:0:0:1",
      "fe80::1:2:3:4:5", "::ffff:203.0.113.5", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4"})
  @DisplayName("S3.9: IPv4 and IPv6 addresses are accepted")
  void accepts_addresses(String s) {
    assertThat(ContextText.isIpAddress(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.0.0.1", "01.2.3.4", "1.2.3.4/32", "10.0.0.0/8", "a.b.c.d",
      ":::1", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::", "fe80::1%eth0", "g::1", "::1.2.3",
      "1.2.3.4::", "1:2:3:4:5:6:7:1.2.3.4", "\u0661.2.3.4"})
  @DisplayName("S3.9: anything else, CIDR ranges included, is not an address")
  void rejects_non_addresses(String s) {
    assertThat(ContextText.isIpAddress(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026", "2026-01", "2026-01-31", "2026-01-31T23:59Z", "2026-01-31T23:59:59Z",
      "2026-01-31t1:02:03+01:00", "2026-01-31T10:00:00.123456789-05", "2024-02-29T00:00:00+0530", "0",
      "1767225600", "9223372036854775807", "2026-01-31T23:59:59"})
  @DisplayName("S3.6: ISO 8601 dates in the forms AWS accepts, and epoch seconds")
  void accepts_dates(String s) {
    assertThat(ContextText.isDate(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "26-01-01", "2026-13-01", "2026-02-30", "2025-02-29", "2026-01-01T24:00:00Z",
      "2026-01-01T10:60Z", "2026-01-01T10:00:00.1234567890Z", "2026-01-01T10:00+1", "2026-01-01 10:00:00Z",
      "9223372036854775808", "-1", "yesterday", "2026-01-01T10Z"})
  @DisplayName("S3.6: other text is not a date")
  void rejects_non_dates(String s) {
    assertThat(ContextText.isDate(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "300", "2.5", "-0.001", "00012"})
  @DisplayName("S3.5: decimal numbers")
  void accepts_decimals(String s) {
    assertThat(ContextText.isDecimal(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1e3", "1.", ".5", "+1", "1,5", "ten", "\u0661"})
  @DisplayName("S3.5: no exponents, signs other than '-', or non-ASCII digits")
  void rejects_non_decimals(String s) {
    assertThat(ContextText.isDecimal(s)).isFalse();
  }
}
