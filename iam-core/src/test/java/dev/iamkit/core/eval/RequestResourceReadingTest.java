package dev.iamkit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.internal.match.RequestResource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * A request's resource is read once, by {@link Arn}, for both its account (S5.7) and the engine's field split
 * (S2.2): the two must agree with each other and with an independent reading of the text.
 */
@DisplayName("RequestContext reads its resource once for the account and the field split (S2.2, S5.7)")
class RequestResourceReadingTest {
  private static final Principal ALICE = Principal.parse("arn:aws:iam::111122223333:user/alice");
  private static final long SEED = 0x5_2_2_5_7L;
  private static final List<String> PIECES = List.of("arn", ":", ":", ":", "aws", "s3", "", "*", "?", "111122223333",
      "4444*", "us-east-1", "/", "bucket", "key/k", "${aws:username}", " ");

  private static Gen<String> resources() {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 14).map(idx -> {
      StringBuilder sb = new StringBuilder();
      idx.forEach(i -> sb.append(PIECES.get(i)));
      return sb.toString();
    });
  }

  private static RequestContext.Builder builder() {
    return RequestContext.builder().principal(ALICE).action("s3:GetObject");
  }

  /**
   * Checks that a built request's account and split agree with the text, read independently: the fields are the
   * text between its first five colons, and the account is the fifth when it is 12 digits.
   */
  private static void assertAgree(RequestContext r, String resource) {
    RequestResource split = r.facts().resource();
    assertThat(split.text()).isEqualTo(resource);
    if (resource.equals("*")) {
      assertThat(split.isAll()).isTrue();
      assertThat(split.isArn()).isFalse();
      assertThat(r.resourceAccount()).isEmpty();
      return;
    }
    String[] expected = resource.split(":", 6);
    assertThat(split.isArn()).isTrue();
    for (int k = 0; k < RequestResource.FIELDS; k++) {
      assertThat(split.field(k)).as("field %d of %s", k, resource).isEqualTo(expected[k]);
      assertThat(split.start(k)).isEqualTo(RequestResource.of(resource).start(k));
      assertThat(split.end(k)).isEqualTo(RequestResource.of(resource).end(k));
    }
    assertThat(r.resourceAccount()).as(resource).isEqualTo(AccountId.tryParse(split.field(4)));
    assertThat(r.resourceAccount()).isEqualTo(expected[4].matches("[0-9]{12}")
        ? Optional.of(AccountId.parse(expected[4])) : Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "arn:aws:s3:::bucket/key", "arn:aws:s3:::", "arn:aws:sqs:us-east-1:444455556666:q",
      "arn:aws:sqs:us-east-1::q", "arn:aws:sqs:us-east-1:*:q", "arn:aws:sqs:us-east-1:4444555566*:q",
      "arn:aws:sqs:us-east-1:44445555666?:q", "arn:aws:iam::aws:policy/ReadOnlyAccess",
      "arn:aws:logs:us-east-1:111122223333:log-group:/aws/fn:*", "arn:*:*:*:*:*", "arn:aws:s3:::a:b:c",
      "arn:aws:sqs:us-east-1:4444555566667:q", "arn:aws:sqs:us-east-1: 444455556666:q"})
  @DisplayName("S5.7: odd but accepted resources (*, empty account, wildcards or non-IDs in the account): the split"
      + " and the account agree, also through toBuilder()")
  void accepted_resources_agree(String resource) {
    RequestContext r = builder().resource(resource).build();
    assertAgree(r, resource);
    assertAgree(r.toBuilder().build(), resource);
    assertAgree(builder().resource("arn:aws:sqs:us-east-1:444455556666:other").build().toBuilder()
        .resource(resource).build(), resource);
    assertThat(r.toBuilder().context("aws:SourceIp", ContextValue.ip("10.0.0.1")).build().facts().resource())
        .isSameAs(r.facts().resource());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "bucket", "arn", "arn:aws:s3", "arn:aws:s3:us-east-1:111122223333", "**",
      "arn::s3:::bucket", "arn:aws::::x", "ARN:aws:s3:::bucket", "s3:::bucket/a:b:c", " arn:aws:s3:::bucket"})
  @DisplayName("S2.2: no ARN, a partial ARN or an empty partition or service is refused, as Arn refuses it")
  void refused_resources(String resource) {
    assertThat(Arn.tryParse(resource)).isEmpty();
    assertThatThrownBy(() -> builder().resource(resource)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected an ARN or \"*\"");
  }

  @Test
  @DisplayName("S2.2, S5.7: for any text, the builder accepts exactly what Arn accepts (or *), and the split and"
      + " the account then agree with an independent reading")
  void any_text() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(resources()).checkAssert(resource -> {
      boolean accepted = resource.equals("*") || Arn.tryParse(resource).isPresent();
      if (!accepted) {
        assertThatThrownBy(() -> builder().resource(resource)).isInstanceOf(IllegalArgumentException.class);
        return;
      }
      assertAgree(builder().resource(resource).build(), resource);
      assertThat(resource.equals("*") || (resource.startsWith("arn:") && resource.split(":", 6).length == 6
          && !resource.split(":", 6)[1].isEmpty() && !resource.split(":", 6)[2].isEmpty())).isTrue();
    });
  }

  @Test
  @DisplayName("S5.7: a resourceAccount given for an ARN without an account leaves the split as read")
  void given_account_keeps_the_split() {
    AccountId other = AccountId.parse("444455556666");
    RequestContext r = builder().resource("arn:aws:s3:::bucket/key").resourceAccount(other).build();
    assertThat(r.resourceAccount()).hasValue(other);
    assertThat(r.facts().resource().field(4)).isEmpty();
    assertThat(r.facts().resource().field(5)).isEqualTo("bucket/key");
    RequestContext none = builder().build();
    assertThat(none.facts().resource()).isSameAs(RequestResource.ALL);
    assertThat(none.resourceAccount()).isEmpty();
  }
}
