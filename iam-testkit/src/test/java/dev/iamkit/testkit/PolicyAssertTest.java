package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.json.PolicyReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyAssertTest {
  private static final Policy TWO = Fixtures.policy(
      Statement.builder().sid("ReadBucket").effect(Effect.ALLOW).action("s3:GetObject").resource("arn:aws:s3:::b/*").build(),
      Fixtures.statement(Effect.DENY, "s3:DeleteObject", "*"));
  private static final Policy NO_VERSION = Policy.builder().statement(Fixtures.statement(Effect.ALLOW, "s3:*", "*")).build();

  @Nested
  class Structure {
    @Test
    void passes_for_count_version_and_sid() {
      assertThat(TWO).hasStatementCount(2).hasVersion(PolicyVersion.V2012_10_17).hasStatementWithSid("ReadBucket");
      assertThat(NO_VERSION).hasNoVersion().hasStatementCount(1);
    }

    @Test
    void failures_show_the_policy_as_json() {
      assertThatThrownBy(() -> assertThat(TWO).hasStatementCount(1))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected 1 statements but found 2 in:")
          .hasMessageContaining("\"Sid\": \"ReadBucket\"")
          .hasMessageContaining("\"Action\": \"s3:DeleteObject\"");
      assertThatThrownBy(() -> assertThat(NO_VERSION).hasVersion(PolicyVersion.V2012_10_17))
          .hasMessageContaining("Expected Version 2012-10-17 but found no Version in:");
      assertThatThrownBy(() -> assertThat(TWO).hasVersion(PolicyVersion.V2008_10_17))
          .hasMessageContaining("Expected Version 2008-10-17 but found 2012-10-17");
      assertThatThrownBy(() -> assertThat(TWO).hasNoVersion())
          .hasMessageContaining("Expected no Version but found 2012-10-17");
      assertThatThrownBy(() -> assertThat(TWO).hasStatementWithSid("readbucket"))
          .hasMessageContaining("Expected a statement with Sid \"readbucket\" in:")
          .hasMessageContaining("\"Effect\": \"Deny\"");
    }

    @Test
    void fails_on_null() {
      assertThatThrownBy(() -> assertThat((Policy) null).hasStatementCount(1))
          .hasMessageContaining("Expecting actual not to be null");
    }
  }

  @Nested
  class RoundTrip {
    @Test
    void passes_for_policies_the_writer_and_reader_agree_on() {
      assertThat(TWO).roundTripsThroughJson();
      assertThat(NO_VERSION).roundTripsThroughJson();
    }

    @Test
    void fails_when_the_written_form_cannot_be_read_back() {
      PolicyReader shallow = PolicyReader.builder().maxDepth(2).build();
      assertThatThrownBy(() -> assertThat(TWO).roundTripsThroughJson(shallow))
          .hasMessageContaining("Expected the policy to read back from")
          .hasMessageContaining("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"ReadBucket\"")
          .hasMessageContaining("but reading failed: ");
    }
  }
}
