package dev.iamkit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionKeyTypeTest {
  @ParameterizedTest(name = "{0}: {1} list={2}")
  @CsvSource({"aws:SourceIp, IP, false", "s3:max-keys, NUMERIC, false", "S3:PREFIX, STRING, false",
      "s3:object-lock-retain-until-date, DATE, false", "s3:ExistingObjectTag/owner, STRING, false",
      "aws:ResourceTag/env, STRING, false", "aws:TagKeys, STRING, true", "s3:RequestObjectTagKeys, STRING, true",
      "s3:isReplicationPauseRequest, BOOLEAN, false"})
  @DisplayName("S3.14, S5: global and service keys have the type of the catalogue, tag-key families included")
  void types_from_the_catalogue(String key, ContextType type, boolean list) {
    ConditionKeyType k = ConditionKeyType.lookup(key).orElseThrow();
    assertThat(k.type()).isEqualTo(type);
    assertThat(k.multivalued()).isEqualTo(list);
  }

  @ParameterizedTest
  @ValueSource(strings = {"aws:SoruceIp", "s3:NoSuchKey", "", "sourceip", "mycorp:team"})
  @DisplayName("a key that no service defines is not in the catalogue")
  void unknown_keys_are_empty(String key) {
    assertThat(ConditionKeyType.lookup(key)).isEmpty();
  }

  @Test
  @DisplayName("S5: keys of identity providers (a host name or URL path as prefix) are open-ended; others are not")
  void open_ended_keys() {
    assertThat(ConditionKeyType.isOpenEnded("accounts.google.com:aud")).isTrue();
    assertThat(ConditionKeyType.isOpenEnded("oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:sub")).isTrue();
    assertThat(ConditionKeyType.isOpenEnded("aws:SoruceIp")).isFalse();
    assertThat(ConditionKeyType.isOpenEnded("s3:prefix")).isFalse();
  }

  @Test
  void agrees_with_global_condition_key_and_rejects_null() {
    assertThat(ConditionKeyType.lookup("aws:sourceip").orElseThrow()).hasToString("aws:SourceIp ip");
    assertThat(GlobalConditionKey.lookup("aws:TagKeys").orElseThrow().type())
        .isEqualTo(ConditionKeyType.lookup("aws:TagKeys").orElseThrow().type());
    assertThatNullPointerException().isThrownBy(() -> ConditionKeyType.lookup(null));
    assertThatNullPointerException().isThrownBy(() -> ConditionKeyType.isOpenEnded(null));
  }
}
