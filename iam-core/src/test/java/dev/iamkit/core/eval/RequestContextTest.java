package dev.iamkit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.identity.Principal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Context keys without a directory (issue 8): aws:ResourceAccount (S5.7). */
class RequestContextTest {
  private static final Principal ALICE = Principal.parse("arn:aws:iam::111122223333:user/alice");

  @Test
  @DisplayName("S5.7: withDefaultPrincipalKeys fills aws:ResourceAccount from the resource ARN")
  void resource_account_from_the_arn() {
    RequestContext r = RequestContext.builder().principal(ALICE).action("sqs:SendMessage")
        .resource("arn:aws:sqs:us-east-1:444455556666:q").withDefaultPrincipalKeys().build();
    assertThat(r.get("aws:ResourceAccount")).contains(ContextValue.string("444455556666"));
  }

  @Test
  @DisplayName("S5.7: ... or from resourceAccount when the ARN has no account (S3)")
  void resource_account_given() {
    RequestContext r = RequestContext.builder().principal(ALICE).action("s3:GetObject")
        .resource("arn:aws:s3:::bucket/key").resourceAccount(AccountId.parse("444455556666"))
        .withDefaultPrincipalKeys().build();
    assertThat(r.get("aws:ResourceAccount")).contains(ContextValue.string("444455556666"));
  }

  @Test
  @DisplayName("S5.9: an explicit value wins; no account known, no key")
  void explicit_values_win_and_unknown_stays_absent() {
    RequestContext r = RequestContext.builder().principal(ALICE).action("s3:GetObject")
        .resource("arn:aws:sqs:us-east-1:444455556666:q").context("aws:ResourceAccount", ContextValue.string("x"))
        .withDefaultPrincipalKeys().build();
    assertThat(r.get("aws:ResourceAccount")).contains(ContextValue.string("x"));
    RequestContext s3 = RequestContext.builder().principal(ALICE).action("s3:GetObject")
        .resource("arn:aws:s3:::bucket/key").withDefaultPrincipalKeys().build();
    assertThat(s3.get("aws:ResourceAccount")).isEmpty();
  }

  @Test
  @DisplayName("S5.7: a resourceAccount contradicting the account in the ARN is rejected")
  void contradiction_rejected() {
    RequestContext.Builder b = RequestContext.builder().principal(ALICE).action("sqs:SendMessage")
        .resource("arn:aws:sqs:us-east-1:444455556666:q").resourceAccount(AccountId.parse("111122223333"));
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("111122223333").hasMessageContaining("444455556666")
        .hasMessageContaining("arn:aws:sqs:us-east-1:444455556666:q");
    RequestContext same = RequestContext.builder().principal(ALICE).action("sqs:SendMessage")
        .resource("arn:aws:sqs:us-east-1:444455556666:q").resourceAccount(AccountId.parse("444455556666")).build();
    assertThat(same.resourceAccount()).contains(AccountId.parse("444455556666"));
  }

  @Test
  @DisplayName("a built request never changes: the builder's later changes and a toBuilder copy's changes stay theirs")
  void built_requests_are_isolated_from_their_builders() {
    RequestContext.Builder b = RequestContext.builder().principal(ALICE).action("s3:GetObject")
        .context("aws:SourceIp", ContextValue.ip("10.0.0.1"));
    RequestContext first = b.build();
    b.context("aws:SourceIp", ContextValue.ip("10.0.0.2")).context("aws:MultiFactorAuthPresent",
        ContextValue.bool(true));
    RequestContext second = b.build();
    RequestContext.Builder copy = first.toBuilder();
    copy.context("AWS:SOURCEIP", ContextValue.ip("10.0.0.3"));
    RequestContext third = copy.build();
    b.context("aws:RequestedRegion", ContextValue.string("eu-west-1"));
    RequestContext fourth = b.build();

    assertThat(first.values()).containsOnlyKeys("aws:sourceip");
    assertThat(first.get("aws:SourceIp")).hasValue(ContextValue.ip("10.0.0.1"));
    assertThat(second.values()).containsOnlyKeys("aws:sourceip", "aws:multifactorauthpresent");
    assertThat(second.get("aws:sourceip")).hasValue(ContextValue.ip("10.0.0.2"));
    assertThat(third.get("aws:sourceip")).hasValue(ContextValue.ip("10.0.0.3"));
    assertThat(third.keyNames()).containsEntry("aws:sourceip", "AWS:SOURCEIP").hasSize(1);
    assertThat(fourth.values()).hasSize(3);
    assertThat(first.toBuilder().build().values()).isEqualTo(first.values());
    assertThatThrownBy(() -> first.values().put("x", ContextValue.string("y")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("S5.7 through toBuilder(), the ARN's account is still the one a given resourceAccount must agree with")
  void to_builder_keeps_the_arn_account_rule() {
    AccountId other = AccountId.parse("444455556666");
    RequestContext bucket = RequestContext.builder().principal(ALICE).action("s3:GetObject")
        .resource("arn:aws:s3:::bucket/key").build();
    assertThat(bucket.resourceAccount()).isEmpty();
    assertThat(bucket.toBuilder().resourceAccount(other).build().resourceAccount()).hasValue(other);
    RequestContext queue = RequestContext.builder().principal(ALICE).action("sqs:SendMessage")
        .resource("arn:aws:sqs:us-east-1:111122223333:q").build();
    assertThat(queue.resourceAccount()).hasValue(AccountId.parse("111122223333"));
    assertThatThrownBy(() -> queue.toBuilder().resourceAccount(other).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contradicts the account 111122223333");
    assertThat(queue.toBuilder().resource("arn:aws:s3:::bucket/key").resourceAccount(other).build()
        .resourceAccount()).hasValue(other);
    // The account read from the old ARN is not carried to a new resource as if it had been given.
    assertThat(queue.toBuilder().resource("arn:aws:s3:::bucket/key").build().resourceAccount()).isEmpty();
    assertThat(queue.toBuilder().resource("arn:aws:sqs:us-east-1:444455556666:q").build().resourceAccount())
        .hasValue(other);
    RequestContext given = RequestContext.builder().principal(ALICE).action("s3:GetObject")
        .resource("arn:aws:s3:::bucket/key").resourceAccount(other).build();
    assertThat(given.toBuilder().resource("arn:aws:s3:::bucket/other").build().resourceAccount()).hasValue(other);
    assertThatThrownBy(() -> given.toBuilder().resource("arn:aws:sqs:us-east-1:111122223333:q").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contradicts the account 111122223333");
  }
}
