package dev.iamkit.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** S7.3: TOTP per RFC 6238; the vectors are those of RFC 6238 Appendix B (8 digits, 30-second steps). */
class TotpTest {
  private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA512_KEY =
      "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest(name = "RFC 6238 at {0}: SHA1 {1}, SHA256 {2}, SHA512 {3}")
  @CsvSource({
      "59, 94287082, 46119246, 90693936",
      "1111111109, 07081804, 68084774, 25091201",
      "1111111111, 14050471, 67062674, 99943326",
      "1234567890, 89005924, 91819424, 93441116",
      "2000000000, 69279037, 90698825, 38618901",
      "20000000000, 65353130, 77737706, 47863826"})
  void rfc6238_test_vectors(long seconds, String sha1, String sha256, String sha512) {
    Instant t = Instant.ofEpochSecond(seconds);
    assertThat(Totp.of("HmacSHA1", SHA1_KEY, 8, Duration.ofSeconds(30)).code(t)).isEqualTo(sha1);
    assertThat(Totp.of("HmacSHA256", SHA256_KEY, 8, Duration.ofSeconds(30)).code(t)).isEqualTo(sha256);
    assertThat(Totp.of("HmacSHA512", SHA512_KEY, 8, Duration.ofSeconds(30)).code(t)).isEqualTo(sha512);
  }

  @Test
  void virtual_devices_use_six_digits_of_the_sha1_code() {
    // The six-digit code is the RFC's value modulo 10^6 (RFC 4226 section 5.3).
    assertThat(Totp.sha1(SHA1_KEY).code(Instant.ofEpochSecond(59))).isEqualTo("287082");
    assertThat(Totp.sha1(SHA1_KEY).code(Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
  }

  @Test
  void base32_seeds_decode_ignoring_case_spaces_and_padding() {
    byte[] key = Totp.decodeBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(new String(key, StandardCharsets.US_ASCII)).isEqualTo("12345678901234567890");
    assertThat(Totp.decodeBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq====")).isEqualTo(key);
    assertThat(Totp.encodeBase32(key)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").code(Instant.ofEpochSecond(59))).isEqualTo("287082");
  }

  @Test
  void bad_seeds_are_rejected_without_echoing_them() {
    assertThatThrownBy(() -> Totp.decodeBase32("NOT-BASE32!")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base32").hasMessageNotContaining("NOT-BASE32");
    assertThatThrownBy(() -> Totp.decodeBase32("JBSWY3DP")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16");
  }

  @Test
  void matching_counter_accepts_one_step_of_drift_each_way() {
    Totp totp = Totp.sha1(SHA1_KEY);
    Instant now = Instant.ofEpochSecond(1_000_020);
    long step = totp.counter(now);
    assertThat(totp.matchingCounter(totp.codeAt(step - 1), now, 1)).isEqualTo(step - 1);
    assertThat(totp.matchingCounter(totp.codeAt(step + 1), now, 1)).isEqualTo(step + 1);
    assertThat(totp.matchingCounter(totp.codeAt(step - 2), now, 1)).isEqualTo(-1);
  }

  @Test
  void to_string_hides_the_key() {
    assertThat(Totp.sha1(SHA1_KEY).toString()).doesNotContain("1234").contains("HmacSHA1");
  }
}
