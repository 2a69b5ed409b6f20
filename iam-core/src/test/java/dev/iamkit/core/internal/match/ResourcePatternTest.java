package dev.iamkit.core.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.internal.TestRequests;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.Resource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("ResourcePattern and RequestResource (S2.2)")
class ResourcePatternTest {
  private static final RequestContext ALICE = TestRequests.strings("aws:username", "alice");

  private static boolean matches(String pattern, PolicyKind kind, String resource, RequestContext request) {
    return ResourcePattern.compile(Resource.of(pattern), kind, true).matches(RequestResource.of(resource), request);
  }

  private static boolean matches(String pattern, String resource) {
    return matches(pattern, PolicyKind.IDENTITY, resource, ALICE);
  }

  @Nested
  @DisplayName("six-field patterns")
  class SixFields {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
    @DisplayName("S2.2: the documented bucket/*/test/* examples: * spans / and : in the resource field")
    @CsvSource(delimiter = '|', value = {
        "arn:aws:s3:::bucket/*/test/*|arn:aws:s3:::bucket/1/2/test/3/x.jpg|true",
        "arn:aws:s3:::bucket/*/test/*|arn:aws:s3:::bucket//test/x|true",
        "arn:aws:s3:::bucket/*/test/*|arn:aws:s3:::bucket/1/test/|true",
        "arn:aws:s3:::bucket/*/test/*|arn:aws:s3:::bucket/test/x.jpg|false",
        "arn:aws:s3:::bucket/*/test/*|arn:aws:s3:::bucket/1-test/x|false",
        "arn:aws:logs:*:*:log-group:/aws/lambda/*|arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/fn:log-stream:x|true",
        "arn:aws:s3:::bucket/*|arn:aws:s3:::bucket/a:b:c|true",
    })
    void resource_field(String pattern, String resource, boolean expected) {
      assertThat(matches(pattern, resource)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
    @DisplayName("S2.2, A15: fields 2-5 are globs within the field, ignoring case, never consuming ':'")
    @CsvSource(delimiter = '|', value = {
        "arn:aws:ec2:*:*:instance/*|arn:aws:ec2:us-east-1:111122223333:instance/i-1|true",
        "arn:aws:ec2:us-*:*:instance/*|arn:aws:ec2:us-east-1:111122223333:instance/i-1|true",
        "arn:aws:ec2:eu-*:*:instance/*|arn:aws:ec2:us-east-1:111122223333:instance/i-1|false",
        "arn:aws:ec2:::instance/*|arn:aws:ec2:us-east-1:111122223333:instance/i-1|false",
        "arn:aws:ec2:*:111122223333:*|arn:aws:ec2:us-east-1:111122223333:instance/i-1|true",
        "arn:aws:ec2:*:444455556666:*|arn:aws:ec2:us-east-1:111122223333:instance/i-1|false",
        "arn:AWS:EC2:US-EAST-1:*:instance/*|arn:aws:ec2:us-east-1:111122223333:instance/i-1|true",
        "arn:*:s3:::b|arn:aws-cn:s3:::b|true",
        "arn:aws:*:::b|arn:aws:s3:::b|true",
        "arn:aws:s?:::b|arn:aws:s3:::b|true",
        "arn:aws:s3:*:*:b|arn:aws:s3:::b|true",
        "arn:aws:s3:?:*:b|arn:aws:s3:::b|false",
        "arn:aws:*:b|arn:aws:s3:::b|false",
        "arn:aws:*:b|arn:aws:s3:b::x|true",
        "ARN:aws:s3:::b|arn:aws:s3:::b|true",
    })
    void arn_fields(String pattern, String resource, boolean expected) {
      assertThat(matches(pattern, resource)).isEqualTo(expected);
    }

    @Test
    @DisplayName("S2.2, A15: the resource field is case-sensitive")
    void resource_field_is_case_sensitive() {
      assertThat(matches("arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/x")).isFalse();
      assertThat(matches("arn:aws:s3:::bucket/X", "arn:aws:s3:::bucket/x")).isFalse();
    }

    @Test
    @DisplayName("S2.2: a field-5 wildcard cannot reach across colons into the resource field")
    void wildcard_does_not_cross_fields() {
      assertThat(matches("arn:aws:s3:::*", "arn:aws:s3:::a:b")).isTrue();
      assertThat(matches("arn:aws:s3:*:b", "arn:aws:s3:x:y:b")).isFalse();
    }
  }

  @Nested
  @DisplayName("the wildcard resource")
  class Star {

    @Test
    @DisplayName("S2.2: * matches every request resource, including *")
    void star_matches_everything() {
      assertThat(matches("*", "*")).isTrue();
      assertThat(matches("*", "arn:aws:s3:::b")).isTrue();
      assertThat(ResourcePattern.compile(Resource.ALL, PolicyKind.RCP, false).matchesAll()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("S2.2, A21: the request resource * is matched only by the pattern *")
    @CsvSource({"arn:aws:s3:::*", "arn:*:*:*:*:*", "arn:aws:s3:*", "**", "*:*:*:*:*:*"})
    void request_star(String pattern) {
      assertThat(matches(pattern, "*")).isFalse();
    }
  }

  @Nested
  @DisplayName("short ARNs")
  class ShortArns {

    @ParameterizedTest(name = "{0}")
    @DisplayName("S2.2, A14: identity, boundary and session policies pad missing fields with *")
    @EnumSource(value = PolicyKind.class, names = {"IDENTITY", "PERMISSIONS_BOUNDARY", "SESSION"})
    void identity_kinds_pad(PolicyKind kind) {
      assertThat(matches("arn:aws:s3:*", kind, "arn:aws:s3:::bucket/key", ALICE)).isTrue();
      assertThat(matches("arn:aws:s3", kind, "arn:aws:s3:::bucket/key", ALICE)).isTrue();
      assertThat(matches("arn:aws:s3", kind, "arn:aws:ec2:us-east-1:111122223333:instance/i", ALICE)).isFalse();
      assertThat(matches("arn:aws:iam::111122223333", kind, "arn:aws:iam::111122223333:user/x", ALICE)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("S2.2, A14: resource and trust policies pad only a pattern that contains a wildcard")
    @EnumSource(value = PolicyKind.class, names = {"RESOURCE", "TRUST"})
    void resource_kinds_pad_with_wildcard(PolicyKind kind) {
      assertThat(matches("arn:aws:s3:*", kind, "arn:aws:s3:::bucket/key", ALICE)).isTrue();
      assertThat(matches("arn:aws:s?", kind, "arn:aws:s3:::bucket/key", ALICE)).isTrue();
      assertThat(matches("arn:aws:s3", kind, "arn:aws:s3:::bucket/key", ALICE)).isFalse();
      assertThat(ResourcePattern.compile(Resource.of("arn:aws:s3"), kind, true).matchesNothing()).isTrue();
    }

    @Test
    @DisplayName("S2.2, A14: SCPs pad only when the last field ends in *")
    void scp_pads_trailing_star() {
      assertThat(matches("arn:aws:s3:*", PolicyKind.SCP, "arn:aws:s3:::bucket/key", ALICE)).isTrue();
      assertThat(matches("arn:aws:s*", PolicyKind.SCP, "arn:aws:s3:::bucket/key", ALICE)).isTrue();
      assertThat(matches("arn:*:s3", PolicyKind.SCP, "arn:aws:s3:::bucket/key", ALICE)).isFalse();
      assertThat(matches("arn:aws:s?", PolicyKind.SCP, "arn:aws:s3:::bucket/key", ALICE)).isFalse();
    }

    @Test
    @DisplayName("S2.2, A14: in RCPs a short ARN matches nothing")
    void rcp_never_pads() {
      assertThat(matches("arn:aws:s3:*", PolicyKind.RCP, "arn:aws:s3:::bucket/key", ALICE)).isFalse();
      assertThat(matches("arn:aws:s3:::*", PolicyKind.RCP, "arn:aws:s3:::bucket/key", ALICE)).isTrue();
    }
  }

  @Nested
  @DisplayName("variables")
  class Variables {

    @Test
    @DisplayName("S4.2, S2.2: variables are substituted in the resource field")
    void substituted() {
      assertThat(matches("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/alice/x")).isTrue();
      assertThat(matches("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/bob/x")).isFalse();
      assertThat(matches("arn:aws:s3:::home/${aws:username, 'x'}/*", "arn:aws:s3:::home/alice/x")).isTrue();
    }

    @Test
    @DisplayName("S2.2, S4.5: an unresolvable variable makes the entry match nothing (not an empty string)")
    void unresolvable_matches_nothing() {
      assertThat(matches("arn:aws:s3:::home/${aws:userid}*", "arn:aws:s3:::home/x")).isFalse();
      assertThat(matches("arn:aws:s3:::home/${aws:userid}*", "arn:aws:s3:::home/")).isFalse();
      assertThat(matches("arn:aws:s3:::home/${aws:userid, ''}*", "arn:aws:s3:::home/")).isTrue();
      RequestContext list = TestRequests.with("aws:username", ContextValue.strings(List.of("alice")));
      assertThat(matches("arn:aws:s3:::home/${aws:username}", PolicyKind.IDENTITY, "arn:aws:s3:::home/alice", list))
          .isFalse();
    }

    @Test
    @DisplayName("A10: a substituted * matches only *")
    void substituted_star_is_literal() {
      RequestContext star = TestRequests.strings("aws:username", "*");
      assertThat(matches("arn:aws:s3:::home/${aws:username}", PolicyKind.IDENTITY, "arn:aws:s3:::home/*", star)).isTrue();
      assertThat(matches("arn:aws:s3:::home/${aws:username}", PolicyKind.IDENTITY, "arn:aws:s3:::home/bob", star))
          .isFalse();
    }

    @Test
    @DisplayName("S4.3: without variables enabled ${...} is literal text and * stays a wildcard")
    void literal_under_2008() {
      ResourcePattern p = ResourcePattern.compile(Resource.of("arn:aws:s3:::home/${aws:username}/*"), PolicyKind.IDENTITY,
          false);
      assertThat(p.matches(RequestResource.of("arn:aws:s3:::home/${aws:username}/x"), ALICE)).isTrue();
      assertThat(p.matches(RequestResource.of("arn:aws:s3:::home/alice/x"), ALICE)).isFalse();
      assertThat(p.variables()).isEmpty();
    }

    @Test
    @DisplayName("S4.2: variables are not recognised in fields 1-5")
    void not_in_arn_fields() {
      RequestContext r = TestRequests.strings("acct", "111122223333");
      assertThat(matches("arn:aws:s3:us-east-1:${acct}:x", PolicyKind.IDENTITY, "arn:aws:s3:us-east-1:111122223333:x", r))
          .isFalse();
    }

    @Test
    @DisplayName("S6.17: collectMissingKeys reports absent variable keys as written")
    void missing_keys() {
      List<String> missing = new ArrayList<>();
      ResourcePattern.compile(Resource.of("arn:aws:s3:::${aws:username}/${aws:PrincipalTag/team}"), PolicyKind.IDENTITY,
          true).collectMissingKeys(ALICE, missing::add);
      assertThat(missing).containsExactly("aws:PrincipalTag/team");
    }
  }

  @Nested
  @DisplayName("RequestResource")
  class RequestResourceTest {

    @Test
    @DisplayName("S2.2: splits at the first five colons; the resource field keeps further colons")
    void fields() {
      RequestResource r = RequestResource.of("arn:aws:logs:us-east-1:111122223333:log-group:/aws/fn:*");
      assertThat(r.isArn()).isTrue();
      assertThat(r.isAll()).isFalse();
      assertThat(List.of(r.field(0), r.field(1), r.field(2), r.field(3), r.field(4), r.field(5)))
          .containsExactly("arn", "aws", "logs", "us-east-1", "111122223333", "log-group:/aws/fn:*");
      assertThat(RequestResource.of("arn:aws:s3:::").field(5)).isEmpty();
    }

    @Test
    @DisplayName("S2.2: * and texts with fewer than six fields are not ARNs and match only the pattern *")
    void not_arns() {
      assertThat(RequestResource.of("*").isAll()).isTrue();
      assertThat(RequestResource.of("*").isArn()).isFalse();
      assertThat(RequestResource.of("arn:aws:s3").isArn()).isFalse();
      assertThat(matches("arn:aws:s3*", "arn:aws:s3")).isFalse();
      assertThat(matches("*", "arn:aws:s3")).isTrue();
      assertThat(RequestResource.of("x")).hasToString("x").isEqualTo(RequestResource.of("x"));
    }
  }
}
