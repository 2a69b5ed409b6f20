package dev.iamkit.core.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidatorInternalsTest {
  @Nested
  @DisplayName("RFC 6901 pointers")
  class PointersTest {
    @Test
    void escapes_tilde_before_slash() {
      assertThat(Pointers.escape("a/b~c")).isEqualTo("a~1b~0c");
      assertThat(Pointers.escape("~1")).isEqualTo("~01");
      assertThat(Pointers.member("/Condition", "aws:PrincipalTag/x")).isEqualTo("/Condition/aws:PrincipalTag~1x");
      assertThat(Pointers.index("/Action", 3)).isEqualTo("/Action/3");
    }
  }

  @Nested
  @DisplayName("S4.1 variables")
  class VariablesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a${aws:username}b|KEY|aws:username", "${aws:PrincipalTag/team, 'none'}|KEY|aws:PrincipalTag/team",
        "${*}|ESCAPE|''", "${?}|ESCAPE|''", "${$}|ESCAPE|''", "x${aws:username|UNCLOSED|''", "${}|MALFORMED|''",
        "${username}|MALFORMED|''", "${aws:username, none}|MALFORMED|''", "${aws:}|MALFORMED|''"})
    void classifies_the_first_sequence(String text, Variables.Form form, String key) {
      Variables.Reference ref = Variables.scan(text).get(0);
      assertThat(ref.form()).isEqualTo(form);
      assertThat(ref.key()).isEqualTo(key);
    }

    @Test
    void finds_every_sequence() {
      assertThat(Variables.scan("a${x:y}b${*}c${"))
          .extracting(Variables.Reference::text)
          .containsExactly("${x:y}", "${*}", "${");
      assertThat(Variables.scan("no variables")).isEmpty();
    }
  }
}
