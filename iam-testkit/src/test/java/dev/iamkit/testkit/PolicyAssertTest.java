package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SizeLimit;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.json.PolicyReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyAssertTest {
  private static final Policy TWO = Fixtures.policy(
      Statement.builder().sid("ReadBucket").effect(Effect.ALLOW).action("s3:GetObject").resource("arn:aws:s3:::b/*").build(),
      Fixtures.statement(Effect.DENY, "s3:DeleteObject", "*"));
  private static final Policy NO_VERSION = Policy.builder().version(null).statement(Fixtures.statement(Effect.ALLOW, "s3:*", "*")).build();

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

  @Nested
  class Validation {
    private final Policy duplicateSids = Fixtures.policy(
        Statement.builder().sid("Read").effect(Effect.ALLOW).action("s3:GetObject").resource("*").build(),
        Statement.builder().sid("Read").effect(Effect.ALLOW).action("s3:ListBucket").resource("*").build());

    @Test
    @DisplayName("hasNoErrors passes for a valid policy, warnings included (S1.13)")
    void has_no_errors_passes_for_valid_policies() {
      assertThat(TWO).hasNoErrors(PolicyKind.IDENTITY);
      Policy withId = TWO.toBuilder().id("x").build();
      assertThat(withId).hasNoErrors(PolicyKind.IDENTITY).validatedAs(PolicyKind.IDENTITY)
          .hasWarning(ProblemCode.ID_DISCOURAGED, "/Id");
    }

    @Test
    @DisplayName("hasNoErrors fails listing the problems and the policy (S1.5 duplicate Sid)")
    void has_no_errors_fails_with_the_problems_and_the_policy() {
      assertThatThrownBy(() -> assertThat(duplicateSids).hasNoErrors(PolicyKind.IDENTITY))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected no errors as a identity policy but found:")
          .hasMessageContaining("[duplicate-sid] at /Statement/1/Sid")
          .hasMessageContaining("\"Action\": \"s3:ListBucket\"");
    }

    @Test
    @DisplayName("the kind decides: Principal is required in resource policies and forbidden in identity ones (S1.11)")
    void the_kind_decides_what_is_an_error() {
      Policy resource = Fixtures.allowPrincipal("444455556666", "s3:GetObject", "arn:aws:s3:::b/*");
      assertThat(resource).hasNoErrors(PolicyKind.RESOURCE)
          .validatedAs(PolicyKind.IDENTITY).hasError(ProblemCode.FORBIDDEN_ELEMENT);
      assertThat(TWO).validatedAs(PolicyKind.RESOURCE).hasError(ProblemCode.REQUIRED_ELEMENT);
    }

    @Test
    @DisplayName("a validator with an inline quota accepts Version 2008-10-17 in identity policies (A3)")
    void a_given_validator_is_used() {
      Policy old = TWO.toBuilder().version(PolicyVersion.V2008_10_17).build();
      PolicyValidator inline = PolicyValidator.builder().sizeLimit(SizeLimit.ROLE_INLINE).build();
      assertThat(old).hasNoErrors(inline, PolicyKind.IDENTITY)
          .validatedAs(PolicyKind.IDENTITY).hasError(ProblemCode.VERSION_REQUIRED, "/Version");
      assertThat(old).validatedAs(inline, PolicyKind.IDENTITY).hasNoErrors();
      assertThatThrownBy(() -> assertThat(old).hasNoErrors(PolicyKind.IDENTITY))
          .hasMessageContaining("[version-required] at /Version");
    }
  }
}
