package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.eval.ContextType;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimulationReaderTest {
  private static final SimulationReader READER = SimulationReader.withoutValidation();
  private static final String ALLOW_ALL = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': '*'}}";

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static Simulation read(String singleQuoted) {
    return READER.read(json(singleQuoted), "test.sim.json");
  }

  /** A file with one request made of the given members and the given policies. */
  private static Simulation request(String members) {
    return read("{'policies': {'identity': [" + ALLOW_ALL + "]}, 'requests': [{" + members + "}]}");
  }

  private static RequestContext only(Simulation s) {
    assertThat(s.requests()).hasSize(1);
    return s.requests().get(0).request();
  }

  @Nested
  class Valid {
    @Test
    @DisplayName("reads every policy kind, default and given names, and the requests in order")
    void reads_every_policy_kind() {
      Simulation s = read("""
          {
            'policies': {
              'identity': [%1$s, {'name': 'ReadOnly', 'document': %1$s}],
              'permissionsBoundary': %1$s,
              'session': %1$s,
              'resource': {'name': 'BucketPolicy', 'document': {'Statement': {'Effect': 'Allow', 'Principal': '*', 'Action': 's3:*'}}},
              'scp': [[%1$s], [%1$s, {'name': 'DenyRegions', 'document': %1$s}]],
              'rcp': [[%1$s]]
            },
            'requests': [
              {'id': 'first', 'principal': 'arn:aws:iam::111122223333:user/alice', 'action': 's3:GetObject',
               'resource': 'arn:aws:s3:::bucket/key', 'resourceAccount': '111122223333', 'expect': 'allow'},
              {'principal': 'anonymous', 'action': 's3:ListBucket'}
            ]
          }""".formatted(ALLOW_ALL));
      assertThat(s.sourceName()).isEqualTo("test.sim.json");
      assertThat(s.requests()).hasSize(2);
      SimulationRequest first = s.requests().get(0);
      assertThat(first.id()).contains("first");
      assertThat(first.expected()).contains(Decision.ALLOW);
      assertThat(first.position()).contains(new SourcePosition(11, 5));
      PolicySet set = first.policies();
      assertThat(set.identity()).extracting(NamedPolicy::name).containsExactly("identity[0]", "ReadOnly");
      assertThat(set.permissionsBoundary()).map(NamedPolicy::name).contains("permissionsBoundary");
      assertThat(set.session()).extracting(NamedPolicy::name).containsExactly("session[0]");
      assertThat(set.resourcePolicy()).map(NamedPolicy::name).contains("BucketPolicy");
      assertThat(set.isTrustPolicy()).isFalse();
      assertThat(set.scpLevels()).hasSize(2);
      assertThat(set.scpLevels().get(0)).extracting(NamedPolicy::name).containsExactly("scp[0][0]");
      assertThat(set.scpLevels().get(1)).extracting(NamedPolicy::name).containsExactly("scp[1][0]", "DenyRegions");
      assertThat(set.rcpLevels().get(0)).extracting(NamedPolicy::name).containsExactly("rcp[0][0]");
      assertThat(set.identity().get(0).policy().statements().get(0).effect()).isEqualTo(Effect.ALLOW);
      RequestContext r = first.request();
      assertThat(r.action()).isEqualTo("s3:GetObject");
      assertThat(r.resource()).isEqualTo("arn:aws:s3:::bucket/key");
      assertThat(r.resourceAccount()).contains(AccountId.parse("111122223333"));
      SimulationRequest second = s.requests().get(1);
      assertThat(second.id()).isEmpty();
      assertThat(second.expected()).isEmpty();
      assertThat(second.request().principal()).isEqualTo(Principal.anonymous());
      assertThat(second.request().resource()).isEqualTo("*");
      assertThat(second.policies()).as("compiled once per file").isSameAs(set);
    }

    @Test
    @DisplayName("S6.5, S6.6: the optional managementAccount reaches every policy set; without it no account is exempt")
    void management_account_extension() {
      Simulation with = read("{'managementAccount': '999988887777', 'policies': {'scp': [[%1$s]]},"
          .formatted(ALLOW_ALL) + " 'requests': [{'principal': 'anonymous', 'action': 's3:GetObject'}]}");
      assertThat(with.requests().get(0).policies().managementAccount()).contains(AccountId.parse("999988887777"));
      Simulation without = read("{'requests': [{'principal': 'anonymous', 'action': 's3:GetObject'}]}");
      assertThat(without.requests().get(0).policies().managementAccount()).isEmpty();
    }

    @Test
    void session_policies_as_a_list_and_no_policies_at_all() {
      Simulation s = read("{'policies': {'session': [%1$s, %1$s]}, 'requests': [{'principal': 'anonymous', 'action': 's3:GetObject'}]}"
          .formatted(ALLOW_ALL));
      assertThat(s.requests().get(0).policies().session()).extracting(NamedPolicy::name)
          .containsExactly("session[0]", "session[1]");
      Simulation empty = read("{'requests': []}");
      assertThat(empty.requests()).isEmpty();
      Simulation noPolicies = read("{'requests': [{'principal': 'anonymous', 'action': 's3:GetObject'}]}");
      assertThat(noPolicies.requests().get(0).policies().identity()).isEmpty();
      assertThat(noPolicies.requests().get(0).policies().scpLevels()).isEmpty();
    }

    @Test
    @DisplayName("S5.9: principal keys are filled from the principal unless given; time keys only when run")
    void fills_principal_keys() {
      RequestContext r = only(request("'principal': 'arn:aws:iam::111122223333:user/path/alice', 'action': 's3:GetObject'"));
      assertThat(r.get("aws:PrincipalArn")).contains(ContextValue.string("arn:aws:iam::111122223333:user/path/alice"));
      assertThat(r.get("aws:PrincipalAccount")).contains(ContextValue.string("111122223333"));
      assertThat(r.get("aws:PrincipalType")).contains(ContextValue.string("User"));
      assertThat(r.get("aws:username")).contains(ContextValue.string("alice"));
      assertThat(r.get("aws:CurrentTime")).isEmpty();
      RequestContext given = only(request("'principal': 'arn:aws:iam::111122223333:user/alice', 'action': 's3:GetObject',"
          + " 'context': {'aws:username': 'bob'}"));
      assertThat(given.get("aws:username")).contains(ContextValue.string("bob"));
    }

    @Test
    @DisplayName("S5.3: aws:CurrentTime and aws:EpochTime come from the run's instant unless given")
    void time_keys_at_run_time() {
      Simulation s = request("'principal': 'anonymous', 'action': 's3:GetObject'");
      RequestContext at = s.requests().get(0).requestAt(Instant.parse("2026-03-01T10:15:30.250Z"));
      assertThat(at.get("aws:CurrentTime")).contains(ContextValue.date("2026-03-01T10:15:30Z"));
      assertThat(at.get("aws:EpochTime")).contains(ContextValue.of(ContextType.DATE, "1772360130"));
      Simulation given = request("'principal': 'anonymous', 'action': 's3:GetObject',"
          + " 'context': {'aws:CurrentTime': '2020-01-01T00:00:00Z'}");
      RequestContext fixed = given.requests().get(0).requestAt(Instant.parse("2026-03-01T10:15:30Z"));
      assertThat(fixed.get("aws:CurrentTime")).contains(ContextValue.date("2020-01-01T00:00:00Z"));
      assertThat(fixed.get("aws:EpochTime")).contains(ContextValue.of(ContextType.DATE, "1772360130"));
    }

    @Test
    void run_with_no_requests_gives_no_results() {
      assertThat(read("{'requests': []}").run(Evaluator.standard(), Instant.EPOCH)).isEmpty();
    }
  }

  @Nested
  class TrustOrResource {
    private PolicySet policiesFor(String action, String resource) {
      Simulation s = read("{'policies': {'resource': %s}, 'requests': [{'principal': 'arn:aws:iam::111122223333:root',"
          .formatted(ALLOW_ALL) + " 'action': '" + action + "', 'resource': '" + resource + "'}]}");
      return s.requests().get(0).policies();
    }

    @ParameterizedTest
    @MethodSource("trustActions")
    @DisplayName("S6.14: a role-assumption action on a role ARN gets the resource policy as trust policy")
    void trust_actions_on_roles(String action) {
      PolicySet set = policiesFor(action, "arn:aws:iam::111122223333:role/path/Deploy");
      assertThat(set.isTrustPolicy()).isTrue();
      assertThat(set.resourcePolicy()).map(NamedPolicy::name).contains("resource");
    }

    static Stream<String> trustActions() {
      return Stream.of("sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity", "sts:TagSession",
          "sts:SetSourceIdentity", "sts:SetContext", "STS:assumerole");
    }

    @Test
    @DisplayName("S6.14: other actions, or other resources, get it as the resource's own policy")
    void other_requests_get_resource_policy() {
      assertThat(policiesFor("sts:AssumeRole", "arn:aws:iam::111122223333:user/alice").isTrustPolicy()).isFalse();
      assertThat(policiesFor("sts:AssumeRole", "*").isTrustPolicy()).isFalse();
      assertThat(policiesFor("iam:GetRole", "arn:aws:iam::111122223333:role/Deploy").isTrustPolicy()).isFalse();
      assertThat(policiesFor("sts:GetCallerIdentity", "arn:aws:iam::111122223333:role/Deploy").isTrustPolicy()).isFalse();
    }

    @Test
    @DisplayName("each distinct policy set is built once per file")
    void policy_sets_are_shared() {
      Simulation s = read(("{'policies': {'resource': %s}, 'requests': ["
          + "{'principal': 'anonymous', 'action': 'sts:AssumeRole', 'resource': 'arn:aws:iam::111122223333:role/A'},"
          + "{'principal': 'anonymous', 'action': 's3:GetObject', 'resource': 'arn:aws:s3:::b/k'},"
          + "{'principal': 'anonymous', 'action': 'sts:TagSession', 'resource': 'arn:aws:iam::111122223333:role/B'},"
          + "{'principal': 'anonymous', 'action': 's3:PutObject', 'resource': 'arn:aws:s3:::b/k'}]}").formatted(ALLOW_ALL));
      List<SimulationRequest> r = s.requests();
      assertThat(r.get(0).policies()).isSameAs(r.get(2).policies()).isNotSameAs(r.get(1).policies());
      assertThat(r.get(1).policies()).isSameAs(r.get(3).policies());
    }
  }

  @Nested
  class Principals {
    private Principal principal(String json) {
      return only(request("'principal': " + json + ", 'action': 's3:GetObject'")).principal();
    }

    @Test
    void reads_every_principal_form() {
      assertThat(principal("'arn:aws:iam::111122223333:root'")).isInstanceOf(Principal.RootUser.class);
      assertThat(principal("'arn:aws:iam::111122223333:user/alice'")).isInstanceOf(Principal.IamUser.class);
      assertThat(principal("'arn:aws:sts::111122223333:federated-user/bob'")).isInstanceOf(Principal.FederatedUser.class);
      assertThat(principal("'anonymous'")).isEqualTo(Principal.anonymous());
      assertThat(principal("{'service': 'Lambda.amazonaws.com'}")).isEqualTo(Principal.service("lambda.amazonaws.com"));
      assertThat(principal("{'federated': 'accounts.google.com'}"))
          .isEqualTo(new Principal.WebIdentityUser("accounts.google.com"));
      assertThat(principal("'arn:aws:sts::111122223333:assumed-role/Deploy/ci'")).isEqualTo(
          Principal.RoleSession.of(Arn.parse("arn:aws:sts::111122223333:assumed-role/Deploy/ci")));
    }

    @Test
    @DisplayName("S2.4: a session of a role with a path, with unique IDs")
    void role_session_with_path_and_ids() {
      Principal p = principal("{'arn': 'arn:aws:sts::111122223333:assumed-role/Deploy/ci',"
          + " 'roleArn': 'arn:aws:iam::111122223333:role/teams/Deploy', 'roleUniqueId': 'AROAEXAMPLE'}");
      assertThat(p).isEqualTo(Principal.RoleSession.of(Arn.parse("arn:aws:sts::111122223333:assumed-role/Deploy/ci"),
          Arn.parse("arn:aws:iam::111122223333:role/teams/Deploy"), "AROAEXAMPLE"));
      RequestContext r = only(request("'principal': {'arn': 'arn:aws:sts::111122223333:assumed-role/Deploy/ci',"
          + " 'roleArn': 'arn:aws:iam::111122223333:role/teams/Deploy', 'roleUniqueId': 'AROAEXAMPLE'},"
          + " 'action': 's3:GetObject'"));
      assertThat(r.get("aws:PrincipalArn")).contains(ContextValue.string("arn:aws:iam::111122223333:role/teams/Deploy"));
      assertThat(r.get("aws:userid")).contains(ContextValue.string("AROAEXAMPLE:ci"));
      Principal user = principal("{'arn': 'arn:aws:iam::111122223333:user/alice', 'uniqueId': 'AIDAEXAMPLE'}");
      assertThat(user).isEqualTo(Principal.IamUser.of(Arn.parse("arn:aws:iam::111122223333:user/alice"),
          "AIDAEXAMPLE"));
    }
  }

  @Nested
  class Context {
    private RequestContext context(String context) {
      return only(request("'principal': 'anonymous', 'action': 's3:GetObject', 'context': {" + context + "}"));
    }

    @Test
    @DisplayName("S3.14: values are typed from JSON; lists become multivalued keys")
    void types_from_json() {
      RequestContext r = context("'s3:prefix': 'home/', 's3:max-keys': 10.5, 'custom:flag': false,"
          + " 'aws:RequestTag/team': 'blue', 'custom:list': ['a', 'b'], 'custom:numbers': [1, 2], 'custom:empty': []");
      assertThat(r.get("s3:prefix")).contains(ContextValue.string("home/"));
      assertThat(r.get("s3:max-keys")).contains(ContextValue.numeric("10.5"));
      assertThat(r.get("custom:flag")).contains(ContextValue.bool(false));
      assertThat(r.get("custom:list")).contains(ContextValue.strings(List.of("a", "b")));
      assertThat(r.get("custom:numbers")).contains(ContextValue.listOf(ContextType.NUMERIC, List.of("1", "2")));
      assertThat(r.get("custom:empty")).contains(ContextValue.strings(List.of()));
      assertThat(r.keyNames()).containsEntry("aws:requesttag/team", "aws:RequestTag/team");
    }

    @Test
    @DisplayName("S5: well-known global keys get their types")
    void well_known_keys_are_typed() {
      RequestContext r = context("'aws:SourceIp': '2001:DB8::1', 'aws:VpcSourceIp': '10.0.0.1',"
          + " 'aws:CurrentTime': '2026-01-01T00:00:00Z', 'aws:TokenIssueTime': '2026-01-01',"
          + " 'aws:MultiFactorAuthPresent': true, 'aws:SecureTransport': 'TRUE', 'aws:ViaAWSService': false,"
          + " 'aws:PrincipalIsAWSService': 'false', 'aws:MultiFactorAuthAge': 300, 'aws:EpochTime': 1767225600,"
          + " 'aws:TagKeys': 'team', 'aws:CalledVia': ['athena.amazonaws.com']");
      assertThat(r.get("aws:SourceIp")).contains(ContextValue.ip("2001:DB8::1"));
      assertThat(r.get("aws:VpcSourceIp")).contains(ContextValue.ip("10.0.0.1"));
      assertThat(r.get("aws:CurrentTime")).contains(ContextValue.date("2026-01-01T00:00:00Z"));
      assertThat(r.get("aws:TokenIssueTime")).contains(ContextValue.date("2026-01-01"));
      assertThat(r.get("aws:MultiFactorAuthPresent")).contains(ContextValue.bool(true));
      assertThat(r.get("aws:SecureTransport")).contains(ContextValue.bool(true));
      assertThat(r.get("aws:ViaAWSService")).contains(ContextValue.bool(false));
      assertThat(r.get("aws:PrincipalIsAWSService")).contains(ContextValue.bool(false));
      assertThat(r.get("aws:MultiFactorAuthAge")).contains(ContextValue.numeric("300"));
      assertThat(r.get("aws:EpochTime")).contains(ContextValue.of(ContextType.DATE, "1767225600"));
      assertThat(r.get("aws:TagKeys")).contains(ContextValue.strings(List.of("team")));
      assertThat(r.get("aws:CalledVia")).contains(ContextValue.strings(List.of("athena.amazonaws.com")));
      assertThat(context("'aws:EpochTime': '2026-01-01T00:00:00Z'").get("aws:EpochTime"))
          .contains(ContextValue.date("2026-01-01T00:00:00Z"));
      assertThat(context("'aws:sourceip': '203.0.113.5'").get("aws:SourceIp")).contains(ContextValue.ip("203.0.113.5"));
    }
  }

  @Nested
  class Invalid {
    static Stream<Arguments> invalidFiles() {
      String allow = ALLOW_ALL;
      String req = "'principal': 'anonymous', 'action': 's3:GetObject'";
      return Stream.of(
          Arguments.of("not JSON", "{'requests': [}", ProblemCode.JSON_SYNTAX, "/requests/0", "}"),
          Arguments.of("root not an object", "[]", ProblemCode.WRONG_TYPE, "", "["),
          Arguments.of("unknown top-level member", "{'request': []}", ProblemCode.UNKNOWN_ELEMENT, "/request", "'request'"),
          Arguments.of("requests missing", "{'policies': {}}", ProblemCode.MISSING_ELEMENT, "", "{'policies'"),
          Arguments.of("requests not an array", "{'requests': {}}", ProblemCode.WRONG_TYPE, "/requests", "{}"),
          Arguments.of("policies not an object", "{'policies': [], 'requests': []}", ProblemCode.WRONG_TYPE, "/policies", "[], "),
          Arguments.of("unknown policy kind", "{'policies': {'identities': []}, 'requests': []}",
              ProblemCode.UNKNOWN_ELEMENT, "/policies/identities", "'identities'"),
          Arguments.of("identity not an array", "{'policies': {'identity': " + allow + "}, 'requests': []}",
              ProblemCode.WRONG_TYPE, "/policies/identity", "{'Version'"),
          Arguments.of("policy not an object", "{'policies': {'identity': ['x']}, 'requests': []}",
              ProblemCode.WRONG_TYPE, "/policies/identity/0", "'x'"),
          Arguments.of("S1.6 policy shape error", "{'policies': {'identity': [{'Statement': {'Effect': 'allow'}}]}, 'requests': []}",
              ProblemCode.INVALID_EFFECT, "/policies/identity/0/Statement/Effect", "'allow'"),
          Arguments.of("S1.1 unknown policy member", "{'policies': {'permissionsBoundary': {'Statement': [], 'Sid': 'x'}}, 'requests': []}",
              ProblemCode.UNKNOWN_ELEMENT, "/policies/permissionsBoundary/Sid", "'Sid'"),
          Arguments.of("named policy shape error", "{'policies': {'resource': {'name': 'B', 'document': {'Statement': 1}}}, 'requests': []}",
              ProblemCode.WRONG_TYPE, "/policies/resource/document/Statement", "1}"),
          Arguments.of("named policy unknown member", "{'policies': {'resource': {'name': 'B', 'document': " + allow
              + ", 'kind': 'x'}}, 'requests': []}", ProblemCode.UNKNOWN_ELEMENT, "/policies/resource/kind", "'kind'"),
          Arguments.of("named policy empty name", "{'policies': {'resource': {'name': '', 'document': " + allow + "}}, 'requests': []}",
              ProblemCode.EMPTY_VALUE, "/policies/resource/name", "''"),
          Arguments.of("named policy document not an object", "{'policies': {'resource': {'document': 'x'}}, 'requests': []}",
              ProblemCode.WRONG_TYPE, "/policies/resource/document", "'x'"),
          Arguments.of("scp level not an array", "{'policies': {'scp': [" + allow + "]}, 'requests': []}",
              ProblemCode.WRONG_TYPE, "/policies/scp/0", "{'Version'"),
          Arguments.of("S1.1 character in a policy", "{'policies': {'rcp': [[{'Id': '\u20ac', 'Statement': []}]]}, 'requests': []}",
              ProblemCode.INVALID_CHARACTER, "/policies/rcp/0/0/Id", "\u20ac"),
          Arguments.of("request not an object", "{'requests': ['x']}", ProblemCode.WRONG_TYPE, "/requests/0", "'x'"),
          Arguments.of("unknown request member", "{'requests': [{" + req + ", 'Action': 'x'}]}",
              ProblemCode.UNKNOWN_ELEMENT, "/requests/0/Action", "'Action'"),
          Arguments.of("principal missing", "{'requests': [{'action': 's3:GetObject'}]}",
              ProblemCode.MISSING_ELEMENT, "/requests/0", "{'action'"),
          Arguments.of("action missing", "{'requests': [{'principal': 'anonymous'}]}",
              ProblemCode.MISSING_ELEMENT, "/requests/0", "{'principal'"),
          Arguments.of("bad principal ARN", "{'requests': [{'principal': 'arn:aws:iam::1111:user/a', 'action': 's3:GetObject'}]}",
              ProblemCode.INVALID_PRINCIPAL, "/requests/0/principal", "'arn:"),
          Arguments.of("principal is a role, not a session", "{'requests': [{'principal': 'arn:aws:iam::111122223333:role/R', 'action': 's3:GetObject'}]}",
              ProblemCode.INVALID_PRINCIPAL, "/requests/0/principal", "'arn:"),
          Arguments.of("principal number", "{'requests': [{'principal': 7, 'action': 's3:GetObject'}]}",
              ProblemCode.WRONG_TYPE, "/requests/0/principal", "7"),
          Arguments.of("principal object with two kinds", "{'requests': [{'principal': {'service': 's', 'federated': 'f'}, 'action': 's3:GetObject'}]}",
              ProblemCode.INVALID_PRINCIPAL, "/requests/0/principal", "{'service'"),
          Arguments.of("principal object unknown member", "{'requests': [{'principal': {'Service': 's'}, 'action': 's3:GetObject'}]}",
              ProblemCode.UNKNOWN_ELEMENT, "/requests/0/principal/Service", "'Service'"),
          Arguments.of("roleArn without a session", "{'requests': [{'principal': {'arn': 'arn:aws:iam::111122223333:user/a',"
              + " 'roleArn': 'arn:aws:iam::111122223333:role/R'}, 'action': 's3:GetObject'}]}",
              ProblemCode.INVALID_PRINCIPAL, "/requests/0/principal/roleArn", "'arn:aws:iam::111122223333:role/R'"),
          Arguments.of("roleArn of another role", "{'requests': [{'principal': {'arn': 'arn:aws:sts::111122223333:assumed-role/R/s',"
              + " 'roleArn': 'arn:aws:iam::111122223333:role/p/Other'}, 'action': 's3:GetObject'}]}",
              ProblemCode.INVALID_PRINCIPAL, "/requests/0/principal/roleArn", "'arn:aws:iam::111122223333:role/p/Other'"),
          Arguments.of("empty service", "{'requests': [{'principal': {'service': ''}, 'action': 's3:GetObject'}]}",
              ProblemCode.EMPTY_VALUE, "/requests/0/principal/service", "''"),
          Arguments.of("action without service", "{'requests': [{'principal': 'anonymous', 'action': 'GetObject'}]}",
              ProblemCode.INVALID_ACTION, "/requests/0/action", "'GetObject'"),
          Arguments.of("action with wildcard", "{'requests': [{'principal': 'anonymous', 'action': 's3:Get*'}]}",
              ProblemCode.INVALID_ACTION, "/requests/0/action", "'s3:Get*'"),
          Arguments.of("action not a string", "{'requests': [{'principal': 'anonymous', 'action': ['s3:GetObject']}]}",
              ProblemCode.WRONG_TYPE, "/requests/0/action", "['s3"),
          Arguments.of("bad resource", "{'requests': [{" + req + ", 'resource': 'bucket/key'}]}",
              ProblemCode.INVALID_RESOURCE, "/requests/0/resource", "'bucket/key'"),
          Arguments.of("bad resourceAccount", "{'requests': [{" + req + ", 'resourceAccount': '1234'}]}",
              ProblemCode.INVALID_RESOURCE, "/requests/0/resourceAccount", "'1234'"),
          Arguments.of("S5.7 resourceAccount contradicting the resource ARN", "{'requests': [{" + req
              + ", 'resource': 'arn:aws:sqs:us-east-1:444455556666:q', 'resourceAccount': '111122223333'}]}",
              ProblemCode.INVALID_RESOURCE, "/requests/0/resourceAccount", "'111122223333'"),
          Arguments.of("S6.6 bad managementAccount", "{'managementAccount': '99998888777', 'requests': [{" + req + "}]}",
              ProblemCode.WRONG_TYPE, "/managementAccount", "'99998888777'"),
          Arguments.of("bad expect", "{'requests': [{" + req + ", 'expect': 'Allow'}]}",
              ProblemCode.WRONG_TYPE, "/requests/0/expect", "'Allow'"),
          Arguments.of("id not a string", "{'requests': [{'id': 1, " + req + "}]}",
              ProblemCode.WRONG_TYPE, "/requests/0/id", "1,"),
          Arguments.of("context not an object", "{'requests': [{" + req + ", 'context': []}]}",
              ProblemCode.WRONG_TYPE, "/requests/0/context", "[]"),
          Arguments.of("S3.9 bad IP", "{'requests': [{" + req + ", 'context': {'aws:SourceIp': '203.0.113.500'}}]}",
              ProblemCode.INVALID_CONDITION_VALUE, "/requests/0/context/aws:SourceIp", "'203"),
          Arguments.of("S3.9 IP with prefix", "{'requests': [{" + req + ", 'context': {'aws:SourceIp': '10.0.0.0/8'}}]}",
              ProblemCode.INVALID_CONDITION_VALUE, "/requests/0/context/aws:SourceIp", "'10."),
          Arguments.of("S3.6 bad date", "{'requests': [{" + req + ", 'context': {'aws:CurrentTime': '2026-13-01'}}]}",
              ProblemCode.INVALID_CONDITION_VALUE, "/requests/0/context/aws:CurrentTime", "'2026"),
          Arguments.of("S3.6 offset without colon, as Dates and moto reject it",
              "{'requests': [{" + req + ", 'context': {'aws:CurrentTime': '2026-01-01T10:00:00+0530'}}]}",
              ProblemCode.INVALID_CONDITION_VALUE, "/requests/0/context/aws:CurrentTime", "'2026"),
          Arguments.of("S5.4 a global IP key of the catalogue", "{'requests': [{" + req
              + ", 'context': {'aws:Ec2InstanceSourcePrivateIPv4': 'ten'}}]}",
              ProblemCode.INVALID_CONDITION_VALUE, "/requests/0/context/aws:Ec2InstanceSourcePrivateIPv4", "'ten'"),
          Arguments.of("S3.7 bad boolean", "{'requests': [{" + req + ", 'context': {'aws:SecureTransport': 'yes'}}]}",
              ProblemCode.INVALID_CONDITION_VALUE, "/requests/0/context/aws:SecureTransport", "'yes'"),
          Arguments.of("S3.5 bad number", "{'requests': [{" + req + ", 'context': {'aws:MultiFactorAuthAge': 'soon'}}]}",
              ProblemCode.INVALID_CONDITION_VALUE, "/requests/0/context/aws:MultiFactorAuthAge", "'soon'"),
          Arguments.of("S3.5 exponent number", "{'requests': [{" + req + ", 'context': {'aws:MultiFactorAuthAge': 1e3}}]}",
              ProblemCode.INVALID_CONDITION_VALUE, "/requests/0/context/aws:MultiFactorAuthAge", "1e3"),
          Arguments.of("single-valued key given a list", "{'requests': [{" + req + ", 'context': {'aws:SourceIp': ['10.0.0.1']}}]}",
              ProblemCode.WRONG_TYPE, "/requests/0/context/aws:SourceIp", "['10"),
          Arguments.of("null context value", "{'requests': [{" + req + ", 'context': {'k:a': null}}]}",
              ProblemCode.NULL_VALUE, "/requests/0/context/k:a", "null"),
          Arguments.of("object context value", "{'requests': [{" + req + ", 'context': {'k:a': {}}}]}",
              ProblemCode.WRONG_TYPE, "/requests/0/context/k:a", "{}"),
          Arguments.of("mixed list", "{'requests': [{" + req + ", 'context': {'k:a': ['x', 1]}}]}",
              ProblemCode.WRONG_TYPE, "/requests/0/context/k:a/1", "1]"),
          Arguments.of("mixed list under a key holding / and ~ (RFC 6901 escapes in the element's pointer)",
              "{'requests': [{" + req + ", 'context': {'k:a/b~c': ['x', 1]}}]}",
              ProblemCode.WRONG_TYPE, "/requests/0/context/k:a~1b~0c/1", "1]"),
          Arguments.of("S3.9 bad IP of a key written with a tilde, after a good key",
              "{'requests': [{" + req + ", 'context': {'k:x': 'y', 'aws:SourceIp~': 1, 'AWS:SourceIp': 'ten'}}]}",
              ProblemCode.INVALID_CONDITION_VALUE, "/requests/0/context/AWS:SourceIp", "'ten'"),
          Arguments.of("nested list", "{'requests': [{" + req + ", 'context': {'k:a': [['x']]}}]}",
              ProblemCode.WRONG_TYPE, "/requests/0/context/k:a/0", "['x']"),
          Arguments.of("list of numbers for a string list key", "{'requests': [{" + req + ", 'context': {'aws:TagKeys': [1]}}]}",
              ProblemCode.WRONG_TYPE, "/requests/0/context/aws:TagKeys/0", "1]"),
          Arguments.of("S3.3 keys differing by case", "{'requests': [{" + req + ", 'context': {'aws:SourceVpc': 'a', 'AWS:sourcevpc': 'b'}}]}",
              ProblemCode.DUPLICATE_KEY, "/requests/0/context/AWS:sourcevpc", "'AWS:sourcevpc'"),
          Arguments.of("S1.1 duplicate member", "{'requests': [{" + req + ", 'action': 's3:PutObject'}]}",
              ProblemCode.DUPLICATE_KEY, "/requests/0/action", "'action': 's3:Put"),
          Arguments.of("empty context key", "{'requests': [{" + req + ", 'context': {'': 'x'}}]}",
              ProblemCode.INVALID_CONDITION_KEY, "/requests/0/context/", "'': "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    @DisplayName("every invalid file is a PolicyParseException with source, pointer and line:column")
    void rejects_invalid_file(String name, String text, ProblemCode code, String pointer, String at) {
      // the expected position is where the one-line text first holds `at`
      int column = json(text).indexOf(json(at)) + 1;
      assertThat(column).as("locator %s in %s", at, text).isPositive();
      assertThat(json(text).indexOf(json(at), column)).as("locator %s is unique", at).isNegative();
      assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(PolicyParseException.class, e -> {
        assertThat(e.code()).as("code").isEqualTo(code);
        assertThat(e.pointer()).as("pointer").isEqualTo(pointer);
        assertThat(e.position()).as("position").contains(new SourcePosition(1, column));
        assertThat(e.source()).contains("test.sim.json");
        assertThat(e.getMessage()).startsWith("test.sim.json: Invalid document at ");
      });
    }

    @Test
    @DisplayName("the first problem in document order is reported, even when a later request is fine")
    void first_problem_in_document_order() {
      assertThatThrownBy(() -> read("{'requests': [{'principal': 'anonymous', 'action': 'x'},"
          + " {'principal': 'nobody', 'action': 's3:GetObject'}]}"))
          .isInstanceOfSatisfying(PolicyParseException.class, e -> assertThat(e.pointer()).isEqualTo("/requests/0/action"));
    }

    @Test
    void reads_files_and_names_them(@TempDir Path dir) throws Exception {
      Path ok = dir.resolve("ok.sim.json");
      Files.writeString(ok, json("{'requests': [{'principal': 'anonymous', 'action': 's3:GetObject'}]}"));
      assertThat(READER.read(ok).sourceName()).isEqualTo(ok.toString());
      assertThat(READER.read(ok).requests()).hasSize(1);
      Path bad = dir.resolve("bad.sim.json");
      Files.write(bad, "{\"requests\": [\"\u00e9\"]}".getBytes(StandardCharsets.ISO_8859_1));
      assertThatThrownBy(() -> READER.read(bad)).isInstanceOfSatisfying(PolicyParseException.class, e -> {
        assertThat(e.code()).isEqualTo(ProblemCode.INVALID_CHARACTER);
        assertThat(e.source()).contains(bad.toString());
        assertThat(e.position()).contains(new SourcePosition(1, 16));
      });
      assertThatThrownBy(() -> READER.read(dir.resolve("missing.json"))).isInstanceOf(java.io.UncheckedIOException.class);
    }
  }

  @Test
  void rejects_null_arguments() {
    new NullPointerTester().testAllPublicInstanceMethods(READER);
    new NullPointerTester().setDefault(Evaluator.class, Evaluator.standard())
        .testAllPublicInstanceMethods(read("{'requests': []}"));
  }
}
