package dev.iamkit.core.arn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArnTest {

  @Nested
  class Parse {
    @Test
    @DisplayName("S1.9: the resource field is everything after the fifth colon and keeps ':' and '/'")
    void resource_field_keeps_further_colons_and_slashes() {
      Arn arn = Arn.parse("arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/fn:log-stream:x");
      assertThat(arn.partition()).isEqualTo("aws");
      assertThat(arn.service()).isEqualTo("logs");
      assertThat(arn.region()).isEqualTo("us-east-1");
      assertThat(arn.account()).isEqualTo("111122223333");
      assertThat(arn.resource()).isEqualTo("log-group:/aws/lambda/fn:log-stream:x");
      assertThat(arn).hasToString("arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/fn:log-stream:x");
    }

    @Test
    @DisplayName("S7.6: S3 bucket ARNs have empty region and account fields")
    void s3_arn_has_empty_region_and_account() {
      Arn arn = Arn.parse("arn:aws:s3:::bucket/key");
      assertThat(arn.region()).isEmpty();
      assertThat(arn.account()).isEmpty();
      assertThat(arn.accountId()).isEmpty();
      assertThat(arn.resource()).isEqualTo("bucket/key");
    }

    @Test
    void rejects_arn_with_five_fields_and_says_how_many() {
      assertThatThrownBy(() -> Arn.parse("arn:aws:s3:us-east-1:bucket"))
          .isInstanceOf(ArnFormatException.class)
          .hasMessageContaining("expected 6 ':'-separated fields, found 5")
          .hasMessageContaining("\"arn:aws:s3:us-east-1:bucket\"");
    }

    @Test
    void rejects_text_not_starting_with_arn() {
      assertThatThrownBy(() -> Arn.parse("invalid resource"))
          .isInstanceOf(ArnFormatException.class)
          .hasMessageContaining("start with \"arn:\"")
          .satisfies(e -> assertThat(((ArnFormatException) e).errorIndex()).isZero());
    }

    @Test
    void rejects_empty_service_with_its_index() {
      assertThatThrownBy(() -> Arn.parse("arn:aws::::x"))
          .isInstanceOf(ArnFormatException.class)
          .hasMessageContaining("empty service")
          .satisfies(e -> assertThat(((ArnFormatException) e).errorIndex()).isEqualTo(8));
    }

    @Test
    void try_parse_returns_empty_instead_of_throwing() {
      assertThat(Arn.tryParse("arn:aws")).isEmpty();
      assertThat(Arn.tryParse("arn:aws:iam::111122223333:root")).isPresent();
    }

    @Test
    @DisplayName("wildcards are ordinary characters to Arn, so ARN patterns parse")
    void parses_patterns_with_wildcards() {
      assertThat(Arn.parse("arn:aws:ec2:*:*:instance/*").region()).isEqualTo("*");
    }
  }

  @Nested
  class Of {
    @Test
    void builds_and_formats() {
      assertThat(Arn.of("aws", "iam", "", "111122223333", "user/alice"))
          .isEqualTo(Arn.parse("arn:aws:iam::111122223333:user/alice"));
    }

    @Test
    void rejects_colon_in_account_field() {
      assertThatThrownBy(() -> Arn.of("aws", "iam", "", "1:2", "x"))
          .isInstanceOf(ArnFormatException.class).hasMessageContaining("account");
    }

    @Test
    void with_methods_replace_one_field() {
      Arn arn = Arn.parse("arn:aws:s3:::bucket/key");
      assertThat(arn.withResource("bucket/other")).hasToString("arn:aws:s3:::bucket/other");
      assertThat(arn.withRegion("eu-west-1")).hasToString("arn:aws:s3:eu-west-1::bucket/key");
      assertThat(arn.withAccount("111122223333")).hasToString("arn:aws:s3::111122223333:bucket/key");
    }
  }

  @Test
  @DisplayName("S1.12: ARNs are case-sensitive values")
  void equality_is_case_sensitive() {
    assertThat(Arn.parse("arn:aws:s3:::Bucket")).isNotEqualTo(Arn.parse("arn:aws:s3:::bucket"));
  }
}
