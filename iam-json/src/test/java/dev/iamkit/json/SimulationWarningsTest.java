package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.eval.ContextType;
import dev.iamkit.core.policy.ProblemCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The warnings of a simulation file (issue 11 §4 "No silent guesses"): the validator's warnings of its policies and
 * context keys that no service defines and no policy mentions are listed, positioned, and never make it invalid.
 */
class SimulationWarningsTest {
  private static final String ALLOW_ALL = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': '*', "
      + "'Resource': '*'}}";

  private static Simulation read(String singleQuoted) {
    return SimulationReader.standard().read(singleQuoted.replace('\'', '"'), "w.sim.json");
  }

  /** A file whose one request has the context {@code context} (single-quoted JSON) and the identity policy given. */
  private static String file(String identity, String context) {
    return "{'policies': {'identity': [" + identity + "]},\n'requests': [{'principal': "
        + "'arn:aws:iam::111122223333:user/alice', 'action': 's3:GetObject', 'resource': 'arn:aws:s3:::b/k', "
        + "'resourceAccount': '111122223333',\n'context': " + context + "}]}";
  }

  @Nested
  class UnknownContextKey {
    @Test
    @DisplayName("S5: the typo aws:SoruceIp is a warning naming the key, at its pointer and position")
    void typo_of_a_global_key_is_a_warning() {
      Simulation s = read(file(ALLOW_ALL, "{'aws:SoruceIp': '203.0.113.5'}"));
      assertThat(s.requests()).hasSize(1);
      assertThat(s.warnings()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(ProblemCode.UNKNOWN_CONTEXT_KEY);
        assertThat(d.isError()).isFalse();
        assertThat(d.message()).contains("\"aws:SoruceIp\"");
        assertThat(d.pointer()).isEqualTo("/requests/0/context/aws:SoruceIp");
        assertThat(d.file()).hasValue("w.sim.json");
        assertThat(d.position()).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(3));
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws:SourceIp", "AWS:sourceip", "s3:prefix", "aws:RequestTag/team", "aws:ResourceTag/env",
        "aws:PrincipalTag/dept", "s3:ExistingObjectTag/owner", "accounts.google.com:aud",
        "cognito-identity.amazonaws.com:sub"})
    @DisplayName("S5: keys the catalogue defines (tag-key families included) and identity-provider keys are known")
    void known_keys_give_no_warning(String key) {
      String value = key.equalsIgnoreCase("aws:SourceIp") ? "'203.0.113.5'" : "'x'";
      assertThat(read(file(ALLOW_ALL, "{'" + key + "': " + value + "}")).warnings()).isEmpty();
    }

    @Test
    @DisplayName("a key that no service defines but a policy of the file mentions gives no warning")
    void key_mentioned_by_a_policy_is_not_a_warning() {
      String policy = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': '*', "
          + "'Condition': {'StringEquals': {'MyCorp:Team': 'blue'}}}}";
      Simulation s = read(file(policy, "{'mycorp:team': 'blue'}"));
      assertThat(s.warnings()).noneMatch(d -> d.code() == ProblemCode.UNKNOWN_CONTEXT_KEY);
    }

    @Test
    @DisplayName("S3.14: a service key's value of the wrong type is refused at its pointer, like a global key's")
    void service_key_of_the_wrong_type_is_an_error() {
      assertThatThrownBy(() -> read(file(ALLOW_ALL, "{'s3:max-keys': 'many'}")))
          .isInstanceOfSatisfying(PolicyParseException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/requests/0/context/s3:max-keys");
            assertThat(e.getMessage()).contains("w.sim.json").contains("s3:max-keys").contains("number");
          });
    }

    @Test
    @DisplayName("S3.5: a numeric service key is typed as a number")
    void service_key_is_typed() {
      Simulation s = read(file(ALLOW_ALL, "{'s3:max-keys': 10}"));
      assertThat(s.requests().get(0).request().get("s3:max-keys"))
          .hasValueSatisfying(v -> assertThat(v.type()).isEqualTo(ContextType.NUMERIC));
    }
  }

  @Nested
  class ValidatorWarnings {
    @Test
    @DisplayName("S1.13: a NotAction with Allow is accepted by AWS and listed as a warning of the file")
    void validator_warnings_are_listed() {
      String policy = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'NotAction': 'iam:*', "
          + "'Resource': '*'}}";
      Simulation s = read(file(policy, "{}"));
      assertThat(s.requests()).hasSize(1);
      assertThat(s.warnings()).anySatisfy(d -> {
        assertThat(d.code()).isEqualTo(ProblemCode.NOT_ELEMENT_WITH_ALLOW);
        assertThat(d.pointer()).startsWith("/policies/identity/0/Statement");
        assertThat(d.position()).isPresent();
        assertThat(d.file()).hasValue("w.sim.json");
      });
    }

    @Test
    @DisplayName("without validation, the policies give no validator warnings")
    void no_validator_warnings_without_validation() {
      String policy = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'NotAction': 'iam:*', "
          + "'Resource': '*'}}";
      Simulation s = SimulationReader.withoutValidation().read(file(policy, "{}").replace('\'', '"'), "w.sim.json");
      assertThat(s.warnings()).noneMatch(d -> d.code() == ProblemCode.NOT_ELEMENT_WITH_ALLOW);
    }
  }
}
