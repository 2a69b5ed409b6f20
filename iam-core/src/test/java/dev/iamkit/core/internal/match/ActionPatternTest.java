package dev.iamkit.core.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.policy.Action;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ActionPattern (S2.1)")
class ActionPatternTest {

  private static boolean matches(String entry, String action) {
    return ActionPattern.compile(Action.of(entry)).matches(action);
  }

  @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
  @DisplayName("S2.1: prefix equal ignoring case, name a glob ignoring case, * matches everything")
  @CsvSource(delimiter = '|', value = {
      "*|s3:GetObject|true",
      "*|iam:CreateUser|true",
      "s3:GetObject|s3:GetObject|true",
      "iam:ListAccessKeys|IAM:listaccesskeys|true",
      "IAM:listaccesskeys|iam:ListAccessKeys|true",
      "s3:Get*|s3:GetObject|true",
      "s3:Get*|s3:PutObject|false",
      "s3:*|s3:GetObject|true",
      "s3:*Object|s3:GetObject|true",
      "s3:Get?bject|s3:GetObject|true",
      "s3:Get?bject|s3:GetOObject|false",
      "s3:GetObject|s3:GetObjectAcl|false",
      "s3:*|s3control:ListJobs|false",
      "iam:*|sts:GetCallerIdentity|false",
      "s3:*|s:GetObject|false",
      "ec2:Describe*|EC2:DESCRIBEINSTANCES|true",
      "s3:LIST*|s3:ListBucket|true",
  })
  void matching(String entry, String action, boolean expected) {
    assertThat(matches(entry, action)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("S1.8, S2.1: malformed entries (empty name, white space, no prefix, two colons, wildcard prefix) match nothing")
  @ValueSource(strings = {"s3:", "s3: GetObject", "s3:GetObject ", " s3:GetObject", "s 3:GetObject", "s3:Get Object",
      "s3:\tGetObject", "GetObject", "", ":GetObject", "s3:Get:Object", "s*:GetObject", "?3:GetObject",
      "s3:Get\u00a0Object"})
  void malformed(String entry) {
    ActionPattern p = ActionPattern.compile(Action.of(entry));
    assertThat(p.matchesNothing()).isTrue();
    assertThat(p.matchesAll()).isFalse();
    assertThat(p.matches("s3:GetObject")).isFalse();
    assertThat(p.matches("s3:Get Object")).isFalse();
  }

  @Test
  @DisplayName("S2.1: service() is the lower-cased prefix, empty for *")
  void service() {
    assertThat(ActionPattern.compile(Action.of("S3:Get*")).service()).isEqualTo("s3");
    assertThat(ActionPattern.compile(Action.of("IAM:*")).service()).isEqualTo("iam");
    assertThat(ActionPattern.compile(Action.ALL).service()).isEmpty();
    assertThat(ActionPattern.compile(Action.ALL).matchesAll()).isTrue();
    assertThat(ActionPattern.compile(Action.of("s3:*")).matchesAll()).isFalse();
    assertThat(ActionPattern.compile(Action.of("s3:*")).text()).isEqualTo("s3:*");
  }

  @Test
  @DisplayName("S1.12: matching uses Locale.ROOT (the tests run with a Turkish default locale)")
  void turkish_i() {
    assertThat(matches("IAM:ListUsers", "iam:listusers")).isTrue();
    assertThat(matches("iam:LIST*", "IAM:ListInstanceProfiles")).isTrue();
    assertThat(matches("s3:Get\u0130tem", "s3:geti\u0307tem")).isTrue();
    assertThat(matches("\u0130am:x", "iam:x")).isFalse();
  }

  @Test
  @DisplayName("a request action without colon matches only *")
  void request_without_colon() {
    assertThat(matches("s3:*", "s3GetObject")).isFalse();
    assertThat(matches("*", "s3GetObject")).isTrue();
  }
}
