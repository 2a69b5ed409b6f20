package dev.iamkit.core.internal.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Decimals (S3.5)")
class DecimalsTest {

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("S3.5: accepts -?digits(.digits)?")
  @ValueSource(strings = {"0", "42", "-42", "007", "3.14", "-0.5", "10.0", "123456789012345678901234567890.000001"})
  void accepts(String text) {
    assertThat(Decimals.parse(text)).contains(new BigDecimal(text));
    assertThat(Decimals.isValid(text)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("S3.5: rejects signs, exponents, bare dots, white space and non-ASCII digits")
  @ValueSource(strings = {"", "-", "+1", "1e3", "1E3", ".5", "5.", "-.5", "1.2.3", " 1", "1 ", "1,5", "abc", "0x10",
      "\u0661", "--1", "NaN", "Infinity"})
  void rejects(String text) {
    assertThat(Decimals.parse(text)).isEmpty();
    assertThat(Decimals.isValid(text)).isFalse();
  }

  @Test
  @DisplayName("S3.5: 10 and 10.0 compare equal")
  void ten_equals_ten_point_zero() {
    assertThat(Decimals.parse("10").orElseThrow()).isEqualByComparingTo(Decimals.parse("10.0").orElseThrow());
  }
}
