package dev.iamkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IamExceptionTest {
  @Nested
  @DisplayName("quote: the one quoting of offending text in messages")
  class Quote {
    @Test
    void escapes_quotes_backslashes_and_line_breaks() {
      assertThat(IamException.quote("a\"b\\c\nd\re\tf")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\"");
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0001", "007f", "0085", "00a0", "200b", "2028", "feff", "e000", "d800"})
    @DisplayName("invisible characters are written as escapes: controls, no-break space, format, separators, "
        + "private use, a lone surrogate")
    void escapes_invisible_characters(String hex) {
      char c = (char) Integer.parseInt(hex, 16);
      assertThat(IamException.quote("a" + c + "b")).isEqualTo("\"a\\u" + hex + "b\"");
    }

    @Test
    void keeps_letters_of_any_script_and_paired_surrogates() {
      String emoji = new String(Character.toChars(0x1F600));
      assertThat(IamException.quote("caf\u00e9 \u20ac \u0131 " + emoji)).isEqualTo("\"caf\u00e9 \u20ac \u0131 " + emoji
          + "\"");
    }

    @Test
    void cuts_long_text_without_splitting_a_surrogate_pair() {
      assertThat(IamException.quote("x".repeat(500))).hasSize(IamException.MAX_QUOTED + 5).endsWith("...\"");
      String text = "x".repeat(IamException.MAX_QUOTED - 1) + new String(Character.toChars(0x1F600)) + "tail";
      assertThat(IamException.quote(text)).isEqualTo("\"" + "x".repeat(IamException.MAX_QUOTED - 1) + "...\"");
    }

    @Test
    void rejects_null() {
      assertThatNullPointerException().isThrownBy(() -> IamException.quote(null)).withMessage("text");
    }
  }
}
