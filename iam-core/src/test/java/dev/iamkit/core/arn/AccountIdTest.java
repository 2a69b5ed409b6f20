package dev.iamkit.core.arn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AccountIdTest {

  @Test
  @DisplayName("S7.1: an account ID is 12 decimal digits")
  void parses_twelve_digits() {
    assertThat(AccountId.parse("111122223333").value()).isEqualTo("111122223333");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "11112222333", "1111222233334", "11112222333a", "１１１１２２２２３３３３"})
  void rejects_anything_but_twelve_ascii_digits(String text) {
    assertThatThrownBy(() -> AccountId.parse(text))
        .isInstanceOf(ArnFormatException.class)
        .hasMessageContaining("expected 12 decimal digits");
    assertThat(AccountId.tryParse(text)).isEmpty();
  }

  @Test
  void root_arn_names_the_account() {
    assertThat(AccountId.parse("111122223333").rootArn("aws")).hasToString("arn:aws:iam::111122223333:root");
  }
}
