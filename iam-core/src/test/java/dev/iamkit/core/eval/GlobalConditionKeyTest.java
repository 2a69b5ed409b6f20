package dev.iamkit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GlobalConditionKeyTest {
  @ParameterizedTest(name = "{0}: {1} list={2}")
  @CsvSource({"aws:SourceIp, IP, false", "AWS:SOURCEIP, IP, false", "aws:VpcSourceIp, IP, false",
      "aws:CurrentTime, DATE, false", "aws:EpochTime, DATE, false", "aws:TokenIssueTime, DATE, false",
      "aws:MultiFactorAuthPresent, BOOLEAN, false", "aws:SecureTransport, BOOLEAN, false",
      "aws:MultiFactorAuthAge, NUMERIC, false", "aws:TagKeys, STRING, true", "aws:CalledVia, STRING, true",
      "aws:PrincipalOrgPaths, STRING, true", "aws:PrincipalArn, STRING, false", "aws:username, STRING, false",
      "aws:PrincipalTag/team, STRING, false", "aws:RequestTag/cost-center, STRING, false"})
  @DisplayName("S5: global keys have the type of the catalogue, looked up ignoring case, tag-key forms included")
  void types_from_the_catalogue(String key, ContextType type, boolean list) {
    GlobalConditionKey k = GlobalConditionKey.lookup(key).orElseThrow();
    assertThat(k.type()).isEqualTo(type);
    assertThat(k.multivalued()).isEqualTo(list);
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3:prefix", "aws:NoSuchKey", "", "sourceip", "ec2:RoleDelivery"})
  @DisplayName("service keys and unknown keys are not global keys")
  void others_are_empty(String key) {
    assertThat(GlobalConditionKey.lookup(key)).isEmpty();
  }

  @Test
  void keeps_aws_spelling_and_prints_the_simulator_type() {
    assertThat(GlobalConditionKey.lookup("aws:sourceip").orElseThrow()).hasToString("aws:SourceIp ip");
    assertThat(GlobalConditionKey.lookup("aws:tagkeys").orElseThrow()).hasToString("aws:TagKeys stringList");
  }

  @Test
  void rejects_null() {
    assertThatNullPointerException().isThrownBy(() -> GlobalConditionKey.lookup(null)).withMessage("key");
    assertThatNullPointerException().isThrownBy(() -> new GlobalConditionKey(null, ContextType.IP, false));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({"DATE, 2026-01-01T09:30+05:30, true", "DATE, 2026-01-01T09:30+0530, false", "DATE, 1767225600, true",
      "IP, 203.0.113.5, true", "IP, 203.0.113.0/24, false", "NUMERIC, -1.5, true", "NUMERIC, 1e3, false",
      "BOOLEAN, TRUE, true", "BOOLEAN, yes, false", "STRING, anything, true", "BINARY, aGVsbG8=, true"})
  @DisplayName("S3.5-S3.9: ContextType.isValid is the grammar ContextValue.of enforces")
  void context_type_is_valid(ContextType type, String value, boolean valid) {
    assertThat(type.isValid(value)).isEqualTo(valid);
    boolean made;
    try {
      ContextValue.of(type, value);
      made = true;
    } catch (IllegalArgumentException e) {
      made = false;
    }
    assertThat(made).isEqualTo(valid);
  }
}
