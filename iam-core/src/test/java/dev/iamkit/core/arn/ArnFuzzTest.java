package dev.iamkit.core.arn;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.iamkit.core.internal.FuzzBytes;

/** Fuzz targets for ARN and account-id parsing (S2.2, S7.6); regression inputs in {@code ArnFuzzTestInputs/}. */
class ArnFuzzTest {
  /**
   * Law: {@link Arn#parse} returns an ARN or throws {@link ArnFormatException} (with an index inside the text),
   * never anything else; a parsed ARN prints back to the same text and {@link Arn#tryParse} agrees.
   */
  @FuzzTest(maxDuration = "5m")
  void arn_parse_throws_only_its_exception_and_round_trips(byte[] data) {
    String text = FuzzBytes.text(data);
    Arn arn;
    try {
      arn = Arn.parse(text);
    } catch (ArnFormatException e) {
      assertThat(Arn.tryParse(text)).isEmpty();
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.errorIndex()).isBetween(0, text.length());
      return;
    }
    assertThat(arn.toString()).isEqualTo(text);
    assertThat(Arn.parse(arn.toString())).isEqualTo(arn);
    assertThat(Arn.tryParse(text)).contains(arn);
    arn.accountId().ifPresent(a -> assertThat(a.value()).isEqualTo(arn.account()));
  }

  /** Law: an account id is exactly twelve ASCII digits; {@code tryParse} and {@code isValid} agree. */
  @FuzzTest(maxDuration = "5m")
  void account_ids_are_twelve_ascii_digits(byte[] data) {
    String text = FuzzBytes.text(data);
    boolean twelveDigits = text.length() == 12 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    assertThat(AccountId.isValid(text)).isEqualTo(twelveDigits);
    assertThat(AccountId.tryParse(text).isPresent()).isEqualTo(twelveDigits);
  }
}
