package dev.iamkit.core.internal.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.iamkit.core.internal.FuzzBytes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Fuzz targets for the value parsers of the condition operators: dates (S3.6), IP ranges (S3.9), numbers
 * (S3.5), booleans (S3.7) and base64 (S3.8). Their documented contract is "empty for text they do not accept",
 * so the law is: never throw, and what they accept behaves as documented.
 */
class ValuesFuzzTest {
  private static final long LAST_SECOND_OF_9999 = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  /**
   * Law: {@link Dates#parse} never throws; an all-digit text is epoch seconds (clamped to {@link Instant#MAX});
   * an accepted instant of years 1970-9999 printed by {@link Instant#toString} parses back to itself.
   */
  @FuzzTest(maxDuration = "5m")
  void dates_never_throw_and_round_trip(byte[] data) {
    String text = FuzzBytes.text(data);
    Optional<Instant> instant = Dates.parse(text);
    assertThat(Dates.isValid(text)).isEqualTo(instant.isPresent());
    if (instant.isEmpty()) {
      return;
    }
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      BigDecimal seconds = new BigDecimal(text);
      assertThat(instant.get().getEpochSecond())
          .isEqualTo(seconds.min(BigDecimal.valueOf(Instant.MAX.getEpochSecond())).longValueExact());
    }
    long second = instant.get().getEpochSecond();
    if (second >= 0 && second < LAST_SECOND_OF_9999 + 1) {
      assertThat(Dates.parse(instant.get().toString())).contains(instant.get());
    }
  }

  /**
   * Law: {@link IpRange#parse} and {@link IpRange#parseAddress} never throw; a range contains its own network
   * address, never an address of the other family, and prints back to an equal range.
   */
  @FuzzTest(maxDuration = "5m")
  void ip_ranges_never_throw_and_round_trip(byte[] data) {
    String text = FuzzBytes.text(data);
    Optional<byte[]> address = IpRange.parseAddress(text);
    assertThat(IpRange.isAddress(text)).isEqualTo(address.isPresent());
    Optional<IpRange> range = IpRange.parse(text);
    if (address.isPresent()) {
      assertThat(range).as("a bare address is a range").isPresent();
      assertThat(range.get().contains(address.get())).isTrue();
      assertThat(range.get().prefixLength()).isEqualTo(address.get().length * 8);
    }
    if (range.isPresent()) {
      IpRange r = range.get();
      assertThat(r.contains(r.network())).isTrue();
      assertThat(r.contains(new byte[r.isIpv6() ? 4 : 16])).isFalse();
      assertThat(IpRange.parse(r.toString())).contains(r);
    }
  }

  /**
   * Law: numbers are exactly {@code -?DIGITS(.DIGITS)?} (S3.5) over ASCII digits, never throwing, however long;
   * booleans are {@code true}/{@code false} in any ASCII case; base64 decoding never throws.
   */
  @FuzzTest(maxDuration = "5m")
  void numbers_booleans_and_base64_never_throw(byte[] data) {
    String text = FuzzBytes.text(data);
    boolean grammar = text.matches("-?[0-9]+(\\.[0-9]+)?");
    assertThat(Decimals.parse(text).isPresent()).as("number %s", text).isEqualTo(grammar);
    if (grammar) {
      assertThat(Decimals.parse(text).get().compareTo(new BigDecimal(text))).isZero();
    }
    boolean bool = text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
    boolean ascii = text.chars().allMatch(c -> c < 128);
    if (ascii) {
      assertThat(Booleans.parse(text).isPresent()).as("boolean %s", text).isEqualTo(bool);
    }
    assertThat(Base64Values.isValid(text)).isEqualTo(Base64Values.decode(text).isPresent());
  }
}
