package dev.iamkit.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** S7.2: the account password policy and AWS's default. */
class PasswordPolicyTest {
  @Test
  void default_policy_wants_eight_characters_and_three_categories() {
    PasswordPolicy p = PasswordPolicy.awsDefault();
    assertThat(p.violation("Abcdef1!")).isEmpty();
    assertThat(p.violation("Abcdefg1")).isEmpty();
    assertThat(p.violation("abcdefg1")).hasValueSatisfying(m -> assertThat(m).contains("3 of"));
    assertThat(p.violation("Ab1!")).hasValueSatisfying(m -> assertThat(m).contains("between 8 and 128"));
  }

  @Test
  void custom_requirements_are_each_enforced_and_messages_never_repeat_the_password() {
    PasswordPolicy p = new PasswordPolicy(6, true, true, true, true, 0, 90, 5);
    assertThat(p.violation("abcdef1!")).hasValueSatisfying(m -> assertThat(m).contains("uppercase")
        .doesNotContain("abcdef1!"));
    assertThat(p.violation("ABCDEF1!")).hasValueSatisfying(m -> assertThat(m).contains("lowercase"));
    assertThat(p.violation("ABCdef!!")).hasValueSatisfying(m -> assertThat(m).contains("number"));
    assertThat(p.violation("ABCdef11")).hasValueSatisfying(m -> assertThat(m).contains("symbol"));
    assertThat(p.violation("ABCdef1!")).isEmpty();
  }

  @Test
  void ranges_of_the_policy_are_checked() {
    assertThatThrownBy(() -> PasswordPolicy.ofMinimumLength(5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordPolicy(8, false, false, false, false, 0, 1096, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordPolicy(8, false, false, false, false, 0, 0, 25))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
