package dev.iamkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyValidatorTest {
  private static final PolicyValidator V = PolicyValidator.standard();
  private static final String ACCOUNT = "111122223333";

  // ---------------------------------------------------------------- helpers

  private static Statement.Builder allow() {
    return Statement.builder().effect(Effect.ALLOW);
  }

  private static Statement.Builder deny() {
    return Statement.builder().effect(Effect.DENY);
  }

  /** A statement that is valid for {@code kind} on its own. */
  private static Statement.Builder valid(PolicyKind kind) {
    return switch (kind) {
      case IDENTITY, PERMISSIONS_BOUNDARY, SESSION, SCP -> allow().action("s3:GetObject").resource("arn:aws:s3:::bucket/*");
      case RESOURCE, VPC_ENDPOINT -> allow().principal(aws(ACCOUNT)).action("s3:GetObject").resource("arn:aws:s3:::bucket/*");
      case TRUST -> allow().principal(PrincipalElement.of(PrincipalType.SERVICE, OneOrMany.one("lambda.amazonaws.com")))
          .action("sts:AssumeRole");
      case RCP -> deny().principal(PrincipalElement.wildcard()).action("s3:GetObject").resource("*");
    };
  }

  private static PrincipalElement aws(String... values) {
    return PrincipalElement.of(PrincipalType.AWS, values.length == 1 ? OneOrMany.one(values[0]) : OneOrMany.list(values));
  }

  private static PrincipalElement principal(PrincipalType type, String value) {
    return PrincipalElement.of(type, OneOrMany.one(value));
  }

  private static Policy policy(Statement... statements) {
    return Policy.builder().version(PolicyVersion.V2012_10_17).statements(Arrays.asList(statements))
        .statementArray(true).build();
  }

  private static Policy policy(Statement.Builder... statements) {
    return policy(Arrays.stream(statements).map(Statement.Builder::build).toArray(Statement[]::new));
  }

  private static List<PolicyProblem> validate(Policy p, PolicyKind kind) {
    return V.validate(p, kind);
  }

  private static List<PolicyProblem> validate(Statement.Builder s, PolicyKind kind) {
    return V.validate(policy(s), kind);
  }

  private static Condition condition(String operator, String key, String... values) {
    return Condition.builder().add(ConditionOperator.parse(operator), key, values).build();
  }

  private static Tuple problem(ProblemCode code, Severity severity, String pointer) {
    return tuple(code, severity, pointer);
  }

  private static void assertHas(List<PolicyProblem> problems, ProblemCode code, Severity severity, String pointer) {
    assertThat(problems).as("problems: %s", problems)
        .extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
        .contains(problem(code, severity, pointer));
  }

  private static void assertNone(List<PolicyProblem> problems, ProblemCode code) {
    assertThat(problems).as("problems: %s", problems).extracting(PolicyProblem::code).doesNotContain(code);
  }

  private static void assertClean(List<PolicyProblem> problems) {
    assertThat(problems).as("problems: %s", problems).isEmpty();
  }

  private static PolicyProblem only(List<PolicyProblem> problems, ProblemCode code) {
    List<PolicyProblem> found = problems.stream().filter(p -> p.code() == code).toList();
    assertThat(found).as("problems with code %s in %s", code, problems).hasSize(1);
    return found.get(0);
  }

  // ---------------------------------------------------------------- API

  @Nested
  @DisplayName("API")
  class Api {
    @Test
    void standard_is_shared_and_checks_the_catalog() {
      assertThat(PolicyValidator.standard()).isSameAs(PolicyValidator.standard());
      assertThat(PolicyValidator.standard().checksCatalog()).isTrue();
      assertThat(PolicyValidator.standard().sizeLimit()).isEmpty();
    }

    @Test
    void builder_settings_are_kept_and_copied() {
      PolicyValidator v = PolicyValidator.builder().sizeLimit(SizeLimit.USER_INLINE).checkCatalog(false).build();
      assertThat(v.sizeLimit()).contains(SizeLimit.USER_INLINE);
      assertThat(v.sizeLimitFor(PolicyKind.SCP)).isEqualTo(SizeLimit.USER_INLINE);
      assertThat(v.checksCatalog()).isFalse();
      PolicyValidator copy = v.toBuilder().build();
      assertThat(copy.sizeLimit()).contains(SizeLimit.USER_INLINE);
      assertThat(copy.checksCatalog()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(PolicyKind.class)
    @DisplayName("S10.2: each kind uses its default quota unless one is set")
    void default_size_limit_per_kind(PolicyKind kind) {
      assertThat(V.sizeLimitFor(kind)).isEqualTo(SizeLimit.defaultFor(kind));
    }

    @Test
    void null_arguments_are_rejected_with_their_name() {
      Policy p = policy(valid(PolicyKind.IDENTITY));
      assertThatNullPointerException().isThrownBy(() -> V.validate(null, PolicyKind.IDENTITY)).withMessage("policy");
      assertThatNullPointerException().isThrownBy(() -> V.validate(p, null)).withMessage("kind");
      assertThatNullPointerException().isThrownBy(() -> V.validate(p, PolicyKind.IDENTITY, null))
          .withMessage("sourceText");
      assertThatNullPointerException().isThrownBy(() -> PolicyValidator.builder().sizeLimit(null))
          .withMessage("sizeLimit");
    }

    @Test
    void public_methods_reject_nulls() {
      NullPointerTester tester = new NullPointerTester()
          .setDefault(Policy.class, policy(valid(PolicyKind.IDENTITY)))
          .setDefault(PolicyKind.class, PolicyKind.IDENTITY)
          .setDefault(SizeLimit.class, SizeLimit.MANAGED);
      tester.testAllPublicStaticMethods(PolicyValidator.class);
      tester.testAllPublicInstanceMethods(V);
      tester.testAllPublicInstanceMethods(PolicyValidator.builder());
    }

    @ParameterizedTest
    @EnumSource(PolicyKind.class)
    @DisplayName("S1.11: a well-formed policy of each kind has no problem")
    void valid_policy_of_every_kind_is_clean(PolicyKind kind) {
      assertClean(validate(valid(kind), kind));
    }

    @Test
    void problems_carry_no_position() {
      List<PolicyProblem> problems = validate(allow().action("invalid").resource("*"), PolicyKind.IDENTITY);
      assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.position()).isEmpty());
    }
  }

  // ---------------------------------------------------------------- Version, Id, Statement

  @Nested
  @DisplayName("S1.2 Version, A3")
  class VersionRules {
    static Stream<Arguments> kinds() {
      return Stream.of(
          Arguments.of(PolicyKind.IDENTITY, Severity.ERROR),
          Arguments.of(PolicyKind.PERMISSIONS_BOUNDARY, Severity.ERROR),
          Arguments.of(PolicyKind.SCP, Severity.ERROR),
          Arguments.of(PolicyKind.RCP, Severity.ERROR),
          Arguments.of(PolicyKind.SESSION, Severity.WARNING),
          Arguments.of(PolicyKind.RESOURCE, Severity.WARNING),
          Arguments.of(PolicyKind.TRUST, Severity.WARNING));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("kinds")
    @DisplayName("S1.11: absent Version is an error for managed policies, SCPs and RCPs, a warning elsewhere")
    void absent_version(PolicyKind kind, Severity severity) {
      Policy p = Policy.builder().version(null).statement(valid(kind).build()).build();
      List<PolicyProblem> problems = validate(p, kind);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.VERSION_REQUIRED, severity, ""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("kinds")
    @DisplayName("S1.2: 2008-10-17 is treated like an absent Version")
    void old_version(PolicyKind kind, Severity severity) {
      Policy p = Policy.builder().version(PolicyVersion.V2008_10_17).statement(valid(kind).build()).build();
      assertThat(validate(p, kind)).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.VERSION_REQUIRED, severity, "/Version"));
    }

    @ParameterizedTest
    @EnumSource(PolicyKind.class)
    void version_2012_is_accepted_for_every_kind(PolicyKind kind) {
      assertNone(validate(valid(kind), kind), ProblemCode.VERSION_REQUIRED);
    }

    @Test
    @DisplayName("S1.2: the error carries AWS's managed-policy message")
    void error_quotes_aws_message() {
      PolicyProblem p = only(validate(Policy.builder().version(null).statement(valid(PolicyKind.IDENTITY).build()).build(),
          PolicyKind.IDENTITY), ProblemCode.VERSION_REQUIRED);
      assertThat(p.message()).contains("Policy document must be version 2012-10-17 or greater.");
    }

    @ParameterizedTest
    @EnumSource(value = SizeLimit.class, names = {"USER_INLINE", "GROUP_INLINE", "ROLE_INLINE"})
    @DisplayName("A3: an identity policy checked against an inline quota is inline: warning only")
    void inline_identity_policy_only_warns(SizeLimit limit) {
      PolicyValidator v = PolicyValidator.builder().sizeLimit(limit).build();
      Policy p = Policy.builder().version(null).statement(valid(PolicyKind.IDENTITY).build()).build();
      assertHas(v.validate(p, PolicyKind.IDENTITY), ProblemCode.VERSION_REQUIRED, Severity.WARNING, "");
    }
  }

  @Nested
  @DisplayName("S1.3 Id, A2")
  class IdRules {
    @ParameterizedTest
    @EnumSource(value = PolicyKind.class, names = {"IDENTITY", "PERMISSIONS_BOUNDARY", "SESSION"})
    void id_is_discouraged_in_identity_kinds(PolicyKind kind) {
      Policy p = policy(valid(kind)).toBuilder().id("MyPolicy").build();
      assertThat(validate(p, kind)).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.ID_DISCOURAGED, Severity.WARNING, "/Id"));
    }

    @ParameterizedTest
    @EnumSource(value = PolicyKind.class, names = {"RESOURCE", "TRUST", "SCP", "RCP"})
    void id_is_accepted_in_other_kinds(PolicyKind kind) {
      assertClean(validate(policy(valid(kind)).toBuilder().id("my policy").build(), kind));
    }
  }

  @Nested
  @DisplayName("S1.4 Statement")
  class StatementRules {
    @Test
    void empty_statement_array_is_an_error() {
      Policy p = Policy.builder().version(PolicyVersion.V2012_10_17).statementArray(true).build();
      assertThat(validate(p, PolicyKind.IDENTITY)).extracting(PolicyProblem::code, PolicyProblem::severity,
          PolicyProblem::pointer).containsExactly(problem(ProblemCode.EMPTY_STATEMENT, Severity.ERROR, "/Statement"));
    }

    @Test
    void single_statement_object_uses_statement_without_index_in_pointers() {
      Policy p = Policy.builder().version(PolicyVersion.V2012_10_17)
          .statement(allow().action("invalid").resource("*").build()).build();
      assertThat(p.statementArray()).isFalse();
      assertHas(validate(p, PolicyKind.IDENTITY), ProblemCode.INVALID_ACTION, Severity.ERROR, "/Statement/Action");
    }

    @Test
    void statement_array_pointers_carry_the_index() {
      Policy p = policy(valid(PolicyKind.IDENTITY), allow().action("s3:GetObject", "bad").resource("*"));
      assertThat(validate(p, PolicyKind.IDENTITY)).extracting(PolicyProblem::pointer)
          .containsExactly("/Statement/1/Action/1");
    }

    @Test
    @DisplayName("S1.13: problems are reported in document order, all of them")
    void problems_come_in_document_order() {
      Policy p = Policy.builder().version(null).id("x")
          .statement(allow().sid("a b").action("bad").resource("nonsense").build())
          .statement(allow().sid("a b").action("s3:GetObject").resource("arn:aws:iam:us-east-1::x").build())
          .build();
      assertThat(validate(p, PolicyKind.IDENTITY)).extracting(PolicyProblem::code, PolicyProblem::pointer)
          .containsExactly(
              tuple(ProblemCode.VERSION_REQUIRED, ""),
              tuple(ProblemCode.ID_DISCOURAGED, "/Id"),
              tuple(ProblemCode.INVALID_SID, "/Statement/0/Sid"),
              tuple(ProblemCode.INVALID_ACTION, "/Statement/0/Action"),
              tuple(ProblemCode.INVALID_RESOURCE, "/Statement/0/Resource"),
              tuple(ProblemCode.INVALID_SID, "/Statement/1/Sid"),
              tuple(ProblemCode.DUPLICATE_SID, "/Statement/1/Sid"),
              tuple(ProblemCode.INVALID_RESOURCE, "/Statement/1/Resource"));
    }
  }

  // ---------------------------------------------------------------- Sid

  @Nested
  @DisplayName("S1.5 Sid")
  class SidRules {
    @ParameterizedTest
    @CsvSource({"IDENTITY,ERROR", "PERMISSIONS_BOUNDARY,ERROR", "SESSION,ERROR", "TRUST,ERROR",
        "RESOURCE,WARNING", "SCP,WARNING", "RCP,WARNING"})
    void sid_with_other_characters_per_kind(PolicyKind kind, Severity severity) {
      List<PolicyProblem> problems = validate(valid(kind).sid("Read bucket"), kind);
      assertHas(problems, ProblemCode.INVALID_SID, severity, "/Statement/0/Sid");
      assertThat(only(problems, ProblemCode.INVALID_SID).message()).contains("\"Read bucket\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ReadBucket1", "", "A"})
    void alphanumeric_and_empty_sids_are_accepted(String sid) {
      assertClean(validate(valid(PolicyKind.IDENTITY).sid(sid), PolicyKind.IDENTITY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-b", "a_b", "Zürich", "a.b"})
    void non_alphanumeric_sids_are_errors_in_identity_policies(String sid) {
      assertHas(validate(valid(PolicyKind.IDENTITY).sid(sid), PolicyKind.IDENTITY), ProblemCode.INVALID_SID,
          Severity.ERROR, "/Statement/0/Sid");
    }

    @Test
    void duplicate_sids_are_an_error_on_the_second() {
      Policy p = policy(valid(PolicyKind.IDENTITY).sid("Same"), valid(PolicyKind.IDENTITY).sid("Other"),
          valid(PolicyKind.IDENTITY).sid("Same"));
      List<PolicyProblem> problems = validate(p, PolicyKind.IDENTITY);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.DUPLICATE_SID, Severity.ERROR, "/Statement/2/Sid"));
      assertThat(problems.get(0).message()).contains("\"Same\"", "statement 0",
          "Statement IDs (SID) in a single policy must be unique.");
    }

    @Test
    @DisplayName("S1.5: empty Sids are not compared")
    void empty_sids_may_repeat() {
      Policy p = policy(valid(PolicyKind.IDENTITY).sid(""), valid(PolicyKind.IDENTITY).sid(""));
      assertClean(validate(p, PolicyKind.IDENTITY));
    }

    @Test
    void sids_are_compared_exactly() {
      Policy p = policy(valid(PolicyKind.IDENTITY).sid("Read"), valid(PolicyKind.IDENTITY).sid("read"));
      assertNone(validate(p, PolicyKind.IDENTITY), ProblemCode.DUPLICATE_SID);
    }
  }

  // ---------------------------------------------------------------- Elements per kind (S1.11)

  @Nested
  @DisplayName("S1.11 elements per policy kind")
  class KindTable {
    @ParameterizedTest
    @EnumSource(value = PolicyKind.class, names = {"IDENTITY", "PERMISSIONS_BOUNDARY", "SESSION", "SCP"})
    void principal_is_forbidden_in_identity_kinds_and_scps(PolicyKind kind) {
      List<PolicyProblem> problems = validate(valid(kind).principal(aws(ACCOUNT)), kind);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.FORBIDDEN_ELEMENT, Severity.ERROR, "/Statement/0/Principal"));
    }

    @ParameterizedTest
    @EnumSource(value = PolicyKind.class, names = {"IDENTITY", "PERMISSIONS_BOUNDARY", "SESSION", "SCP", "TRUST", "RCP"})
    void not_principal_is_forbidden_outside_resource_policies(PolicyKind kind) {
      List<PolicyProblem> problems = validate(valid(kind).notPrincipal(aws(ACCOUNT)), kind);
      assertHas(problems, ProblemCode.FORBIDDEN_ELEMENT, Severity.ERROR, "/Statement/0/NotPrincipal");
    }

    @ParameterizedTest
    @EnumSource(value = PolicyKind.class, names = {"RESOURCE", "TRUST", "RCP"})
    void principal_is_required_in_resource_trust_and_rcp(PolicyKind kind) {
      List<PolicyProblem> problems = validate(valid(kind).principal(null), kind);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.REQUIRED_ELEMENT, Severity.ERROR, "/Statement/0"));
    }

    @Test
    void resource_policy_may_use_not_principal_instead_of_principal() {
      List<PolicyProblem> problems = validate(deny().notPrincipal(aws(ACCOUNT)).action("s3:*").resource("*"),
          PolicyKind.RESOURCE);
      assertClean(problems);
    }

    @Test
    void resource_policy_not_principal_with_allow_is_a_warning() {
      List<PolicyProblem> problems = validate(allow().notPrincipal(aws(ACCOUNT)).action("s3:*").resource("*"),
          PolicyKind.RESOURCE);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.NOT_ELEMENT_WITH_ALLOW, Severity.WARNING, "/Statement/0/NotPrincipal"));
      assertThat(problems.get(0).message()).contains("aws:PrincipalArn");
    }

    @Test
    void principal_and_not_principal_together_are_exclusive() {
      List<PolicyProblem> problems = validate(valid(PolicyKind.RESOURCE).effect(Effect.DENY)
          .notPrincipal(aws("444455556666")), PolicyKind.RESOURCE);
      assertHas(problems, ProblemCode.MUTUALLY_EXCLUSIVE, Severity.ERROR, "/Statement/0/NotPrincipal");
    }

    @Test
    @DisplayName("S9.4: an RCP Principal must be exactly \"*\"")
    void rcp_principal_must_be_wildcard() {
      List<PolicyProblem> problems = validate(valid(PolicyKind.RCP).principal(aws("*")), PolicyKind.RCP);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.RCP_PRINCIPAL, Severity.ERROR, "/Statement/0/Principal"));
      assertThat(problems.get(0).message()).contains("\"AWS\": \"*\"");
      assertClean(validate(valid(PolicyKind.RCP).principal(PrincipalElement.wildcard()), PolicyKind.RCP));
    }

    @Test
    @DisplayName("S6.16: a VPC endpoint policy statement needs a Principal; NotPrincipal is not for endpoints")
    void vpc_endpoint_principal() {
      PolicyKind k = PolicyKind.VPC_ENDPOINT;
      assertClean(validate(allow().principal(PrincipalElement.wildcard()).action("s3:GetObject").resource("*"), k));
      List<PolicyProblem> missing = validate(allow().action("s3:GetObject").resource("*"), k);
      assertThat(missing).extracting(PolicyProblem::code).containsExactly(ProblemCode.REQUIRED_ELEMENT);
      assertThat(missing.get(0).message()).contains("a VPC endpoint policy statement must name a Principal");
      assertThat(validate(allow().notPrincipal(aws(ACCOUNT)).action("s3:GetObject").resource("*"), k))
          .extracting(PolicyProblem::severity).contains(Severity.ERROR);
      assertThat(PolicyKind.fromId("vpc-endpoint")).isEqualTo(k);
      assertThat(PolicyKind.fromId("endpoint")).isEqualTo(k);
      assertThat(SizeLimit.defaultFor(k).maxCharacters()).isEqualTo(20_480);
      assertThat(SizeLimit.defaultFor(k).countsWhitespace()).isTrue();
    }

    @Test
    @DisplayName("S9.4: Allow in a customer RCP is an error; RCPFullAWSAccess is AWS-managed")
    void rcp_allow_is_an_error() {
      List<PolicyProblem> problems = validate(valid(PolicyKind.RCP).effect(Effect.ALLOW), PolicyKind.RCP);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.RCP_ALLOW, Severity.ERROR, "/Statement/0/Effect"));
      assertThat(problems.get(0).message()).contains("RCPFullAWSAccess");
    }

    @Test
    void allow_is_fine_in_scps() {
      assertClean(validate(allow().action("*").resource("*"), PolicyKind.SCP));
    }

    @ParameterizedTest
    @EnumSource(value = PolicyKind.class, names = {"RCP", "TRUST"})
    void not_action_is_forbidden_in_rcps_and_trust_policies(PolicyKind kind) {
      Statement.Builder s = valid(kind).action((OneOrMany<Action>) null)
          .notAction(OneOrMany.one(Action.of("sts:AssumeRole")));
      assertHas(validate(s, kind), ProblemCode.FORBIDDEN_ELEMENT, Severity.ERROR, "/Statement/0/NotAction");
    }

    @ParameterizedTest
    @EnumSource(value = PolicyKind.class, names = {"IDENTITY", "PERMISSIONS_BOUNDARY", "SESSION", "RESOURCE", "SCP"})
    void not_action_is_allowed_elsewhere_with_a_warning_for_allow(PolicyKind kind) {
      Statement.Builder s = valid(kind).action((OneOrMany<Action>) null)
          .notAction(OneOrMany.one(Action.of("iam:*")));
      assertThat(validate(s, kind)).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.NOT_ELEMENT_WITH_ALLOW, Severity.WARNING, "/Statement/0/NotAction"));
      assertClean(validate(s.effect(Effect.DENY), kind));
    }

    @ParameterizedTest
    @EnumSource(value = PolicyKind.class, names = {"IDENTITY", "PERMISSIONS_BOUNDARY", "SESSION", "RESOURCE", "SCP", "RCP"})
    void not_resource_with_allow_is_a_warning(PolicyKind kind) {
      Statement.Builder s = valid(kind).effect(Effect.ALLOW).resource((OneOrMany<Resource>) null)
          .notResource(OneOrMany.one(Resource.of("arn:aws:s3:::secret/*")));
      assertHas(validate(s, kind), ProblemCode.NOT_ELEMENT_WITH_ALLOW, Severity.WARNING, "/Statement/0/NotResource");
      assertNone(validate(s.effect(Effect.DENY), kind), ProblemCode.NOT_ELEMENT_WITH_ALLOW);
    }

    @Test
    void action_and_not_action_together_are_exclusive() {
      Statement.Builder s = valid(PolicyKind.IDENTITY).notAction(OneOrMany.one(Action.of("iam:*")));
      assertHas(validate(s, PolicyKind.IDENTITY), ProblemCode.MUTUALLY_EXCLUSIVE, Severity.ERROR,
          "/Statement/0/NotAction");
    }

    @Test
    void resource_and_not_resource_together_are_exclusive() {
      Statement.Builder s = valid(PolicyKind.IDENTITY).effect(Effect.DENY)
          .notResource(OneOrMany.one(Resource.of("arn:aws:s3:::x")));
      assertThat(validate(s, PolicyKind.IDENTITY)).extracting(PolicyProblem::code, PolicyProblem::pointer)
          .containsExactly(tuple(ProblemCode.MUTUALLY_EXCLUSIVE, "/Statement/0/NotResource"));
    }

    @ParameterizedTest
    @EnumSource(PolicyKind.class)
    void missing_action_is_an_error_for_every_kind(PolicyKind kind) {
      Statement.Builder s = valid(kind).action((OneOrMany<Action>) null);
      assertHas(validate(s, kind), ProblemCode.MISSING_ACTION, Severity.ERROR, "/Statement/0");
    }

    @Test
    void empty_action_array_is_missing_action() {
      Statement.Builder s = valid(PolicyKind.IDENTITY).action(OneOrMany.<Action>list(List.of()));
      assertThat(validate(s, PolicyKind.IDENTITY)).extracting(PolicyProblem::code, PolicyProblem::pointer)
          .containsExactly(tuple(ProblemCode.MISSING_ACTION, "/Statement/0/Action"));
    }

    @ParameterizedTest
    @EnumSource(value = PolicyKind.class, names = {"IDENTITY", "PERMISSIONS_BOUNDARY", "SESSION", "SCP", "RCP"})
    void missing_resource_is_an_error_where_one_is_required(PolicyKind kind) {
      Statement.Builder s = valid(kind).resource((OneOrMany<Resource>) null);
      assertThat(validate(s, kind)).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.MISSING_RESOURCE, Severity.ERROR, "/Statement/0"));
    }

    @Test
    @DisplayName("S1.9: resource policies are only warned about a missing Resource")
    void missing_resource_in_resource_policy_is_a_warning() {
      Statement.Builder s = valid(PolicyKind.RESOURCE).resource((OneOrMany<Resource>) null);
      assertThat(validate(s, PolicyKind.RESOURCE)).extracting(PolicyProblem::code, PolicyProblem::severity)
          .containsExactly(tuple(ProblemCode.MISSING_RESOURCE, Severity.WARNING));
    }

    @Test
    void empty_resource_array_is_missing_resource() {
      Statement.Builder s = valid(PolicyKind.IDENTITY).resource(OneOrMany.<Resource>list(List.of()));
      assertThat(validate(s, PolicyKind.IDENTITY)).extracting(PolicyProblem::code, PolicyProblem::pointer)
          .containsExactly(tuple(ProblemCode.MISSING_RESOURCE, "/Statement/0/Resource"));
    }

    @Test
    @DisplayName("S1.9: trust policies carry no Resource")
    void trust_policy_resource_is_forbidden() {
      List<PolicyProblem> problems = validate(valid(PolicyKind.TRUST).resource("*"), PolicyKind.TRUST);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.FORBIDDEN_ELEMENT, Severity.ERROR, "/Statement/0/Resource"));
      assertThat(problems.get(0).message()).contains("Has prohibited field Resource.");
      assertHas(validate(valid(PolicyKind.TRUST).notResource(OneOrMany.one(Resource.ALL)), PolicyKind.TRUST),
          ProblemCode.FORBIDDEN_ELEMENT, Severity.ERROR, "/Statement/0/NotResource");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity",
        "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext", "STS:assumerole", "sts:AssumeRole*"})
    @DisplayName("S1.11: trust actions are accepted")
    void trust_actions_are_accepted(String action) {
      assertClean(validate(valid(PolicyKind.TRUST).action(action), PolicyKind.TRUST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sts:GetCallerIdentity", "s3:GetObject", "*", "sts:*", "sts:Assume*"})
    @DisplayName("S1.11: other actions in a trust policy are errors")
    void other_trust_actions_are_errors(String action) {
      List<PolicyProblem> problems = validate(valid(PolicyKind.TRUST).action("sts:AssumeRole", action),
          PolicyKind.TRUST);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.INVALID_TRUST_ACTION, Severity.ERROR, "/Statement/0/Action/1"));
      assertThat(problems.get(0).message()).contains(
          "Trust Policy statement actions can only be sts:AssumeRole, sts:AssumeRoleWithSAML,  and sts:AssumeRoleWithWebIdentity");
    }
  }

  // ---------------------------------------------------------------- Actions (S1.8)

  @Nested
  @DisplayName("S1.8 Action and NotAction")
  class Actions {
    private List<PolicyProblem> action(String... actions) {
      return validate(allow().action(actions).resource("*"), PolicyKind.IDENTITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "s3:GetObject", "s3:Get*", "S3:getobject", "iam:?etUser", "ec2:*", "s3:*Object*"})
    void valid_actions_are_clean(String action) {
      assertClean(action(action));
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid", ""})
    void action_without_prefix(String action) {
      List<PolicyProblem> problems = action(action);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.INVALID_ACTION, Severity.ERROR, "/Statement/0/Action"));
      assertThat(problems.get(0).message()).contains("\"" + action + "\"",
          "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
    }

    @Test
    void action_with_two_colons() {
      PolicyProblem p = only(action("s3:List:Bucket"), ProblemCode.INVALID_ACTION);
      assertThat(p.message()).contains("\"s3:List:Bucket\"", "Actions/Condition can contain only one colon.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a a:GetThing|a a", "s*:GetObject|s*", ":GetObject|''", "s_3:Get|s_3",
        "*:GetObject|*", "s?:Get|s?"})
    void action_with_invalid_prefix(String action, String prefix) {
      PolicyProblem p = only(action(action), ProblemCode.INVALID_ACTION);
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.message()).contains("Vendor " + prefix + " is not valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"iam: asdf safdsf af ", "s3:Get Object", "s3:", "s3:GetObject "})
    @DisplayName("S1.8, S2.1: white space or an empty name never matches: warning")
    void unmatchable_actions_are_warnings(String action) {
      List<PolicyProblem> problems = action(action);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.UNMATCHABLE_ACTION, Severity.WARNING, "/Statement/0/Action"));
    }

    @Test
    void array_entries_get_their_index() {
      assertThat(action("s3:GetObject", "nope", "s3:PutObject", "x:y:z")).extracting(PolicyProblem::pointer)
          .containsExactly("/Statement/0/Action/1", "/Statement/0/Action/3");
    }

    @Test
    void not_action_entries_are_checked_too() {
      Statement.Builder s = deny().notAction(OneOrMany.list(Action.of("s3:GetObject"), Action.of("bad")))
          .resource("*");
      assertThat(validate(s, PolicyKind.IDENTITY)).extracting(PolicyProblem::code, PolicyProblem::pointer)
          .containsExactly(tuple(ProblemCode.INVALID_ACTION, "/Statement/0/NotAction/1"));
    }

    @Test
    @DisplayName("S1.8: unknown actions of a known service are warned about")
    void unknown_action_of_known_service() {
      PolicyProblem p = only(action("s3:GetObjekt"), ProblemCode.UNKNOWN_ACTION);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.pointer()).isEqualTo("/Statement/0/Action");
      assertThat(p.message()).contains("\"s3:GetObjekt\"", "\"s3\"");
    }

    @Test
    void unknown_service_prefix_is_warned_about() {
      PolicyProblem p = only(action("fsx3:ListBucket"), ProblemCode.UNKNOWN_ACTION);
      assertThat(p.message()).contains("unknown service prefix \"fsx3\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3:Get*Objekt", "s3:?etObjekt"})
    @DisplayName("S1.8: wildcard actions of a known service are not looked up")
    void wildcard_actions_are_not_looked_up(String action) {
      assertClean(action(action));
    }

    @Test
    void wildcard_actions_of_unknown_services_are_warned_about() {
      assertThat(only(action("nosuchservice:*"), ProblemCode.UNKNOWN_ACTION).message()).contains("\"nosuchservice\"");
    }

    @Test
    void catalog_checks_can_be_turned_off() {
      PolicyValidator v = PolicyValidator.builder().checkCatalog(false).build();
      assertClean(v.validate(policy(allow().action("s3:GetObjekt", "nosuch:Thing").resource("*")), PolicyKind.IDENTITY));
    }

    @Test
    @DisplayName("S1.12: catalogue lookups ignore case, also under a Turkish default locale")
    void catalog_lookup_ignores_case() {
      assertClean(action("IAM:LISTUSERS", "iam:listusers", "KMS:DECRYPT"));
    }

    @Test
    @DisplayName("S4.2: variables in actions are literal")
    void variables_in_actions_are_warned_about() {
      // A ${prefix:name} variable brings a second colon, which AWS rejects; escapes have none.
      assertHas(validate(allow().action("s3:Get${aws:username}").resource("*"), PolicyKind.IDENTITY),
          ProblemCode.INVALID_ACTION, Severity.ERROR, "/Statement/0/Action");
      List<PolicyProblem> problems = validate(allow().action("s3:Get${*}").resource("*"), PolicyKind.IDENTITY);
      assertHas(problems, ProblemCode.VARIABLE_NOT_RECOGNIZED, Severity.WARNING, "/Statement/0/Action");
    }
  }

  // ---------------------------------------------------------------- Resources (S1.9, S2.2)

  @Nested
  @DisplayName("S1.9 Resource and NotResource")
  class Resources {
    private List<PolicyProblem> resource(PolicyKind kind, String... resources) {
      return validate(valid(kind).resource(resources), kind);
    }

    private List<PolicyProblem> resource(String... resources) {
      return resource(PolicyKind.IDENTITY, resources);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*", "arn:aws-cn:s3:::b",
        "arn:aws-us-gov:ec2:us-gov-west-1:111122223333:instance/*", "arn:*:s3:::b",
        "arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/fn:log-stream:x",
        "arn:aws:iam::111122223333:role/path/Name", "arn:aws:iam::*:user/*", "arn:aws:iam::111122223333:*",
        "arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:s3:us-east-1:111122223333:accesspoint/ap",
        "arn:aws:iam::*:root", "arn:aws:iam::111122223333:delegation-request/x",
        "arn:aws:s3:us-east-1:111122223333:job/1", "arn:aws:ec2:*:*:instance/*", "arn:aws-eusc:s3:::b",
        "arn:aws-iso-f:s3:::b"})
    void valid_resources_are_clean(String resource) {
      assertClean(resource(resource));
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid resource", "", "s3:::bucket", "ARN:aws:s3:::b"})
    void non_arn_resource(String resource) {
      PolicyProblem p = only(resource(resource), ProblemCode.INVALID_RESOURCE);
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.pointer()).isEqualTo("/Statement/0/Resource");
      assertThat(p.message()).contains("Resource " + resource + " must be in ARN format or \"*\".");
    }

    @Test
    void unknown_partition() {
      PolicyProblem p = only(resource("arn:error:s3:::b"), ProblemCode.INVALID_PARTITION);
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.message()).contains("Partition \"error\" is not valid for resource \"arn:error:s3:::b\".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws", "arn:aws::::x", "arn:aws:*:::x", "arn:aws:s?:::x", "arn:aws:s3*:::b"})
    void service_must_be_fully_qualified(String resource) {
      PolicyProblem p = only(resource(resource), ProblemCode.INVALID_RESOURCE);
      assertThat(p.message()).contains("Resource vendor must be fully qualified and cannot contain regexes.");
    }

    @Test
    void iam_resources_have_no_region() {
      PolicyProblem p = only(resource("arn:aws:iam:us-east-1::x"), ProblemCode.INVALID_RESOURCE);
      assertThat(p.message()).contains("IAM resource arn:aws:iam:us-east-1::x cannot contain region information.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam:::example", "arn:aws:iam::111122223333:rootx",
        "arn:aws:iam::111122223333:users/alice", "arn:aws:iam::111122223333:"})
    void iam_resource_types_are_checked(String resource) {
      PolicyProblem p = only(resource(resource), ProblemCode.INVALID_RESOURCE);
      assertThat(p.message()).contains("IAM resource path must either be \"*\" or start with user/, federated-user/, "
          + "role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, saml-provider/, "
          + "oidc-provider/, report/, access-report/.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:s3:us-east-1::b", "arn:aws:s3:us-east-1::b/key", "arn:aws:s3:*:111122223333:bucket"})
    void s3_bucket_arns_have_no_region(String resource) {
      PolicyProblem p = only(resource(resource), ProblemCode.INVALID_RESOURCE);
      assertThat(p.message()).contains("Resource " + resource + " can not contain region information.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:s3::b", "arn:aws:ec2::x", "arn:aws:sqs::"})
    @DisplayName("S1.9: '::' with fewer than five colons fails legacy parsing")
    void double_colon_with_too_few_fields(String resource) {
      PolicyProblem p = only(resource(resource), ProblemCode.INVALID_RESOURCE);
      assertThat(p.message()).contains("The policy failed legacy parsing");
    }

    @Test
    void six_fields_with_an_empty_resource_field_are_accepted() {
      assertClean(resource("arn:aws:s3:::"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IDENTITY|arn:aws:ec2:*|is matched as \"arn:aws:ec2:*:*:*\"",
        "PERMISSIONS_BOUNDARY|arn:aws:s3|is matched as \"arn:aws:s3:*:*:*\"",
        "SESSION|arn:aws:ec2:us-east-1|is matched as \"arn:aws:ec2:us-east-1:*:*\"",
        "RESOURCE|arn:aws:sqs:*|is matched as",
        "RESOURCE|arn:aws:sqs:us-east-1|matches nothing in a resource policy",
        "SCP|arn:aws:sqs:*|is matched as",
        "SCP|arn:aws:sqs:us-east-1|matches nothing in an SCP",
        "RCP|arn:aws:sqs:*|matches nothing in an RCP"})
    @DisplayName("S2.2, A14: short ARNs are warned about with the kind's matching rule")
    void short_arns_are_warnings(PolicyKind kind, String resource, String how) {
      PolicyProblem p = only(resource(kind, resource), ProblemCode.SHORT_RESOURCE_ARN);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.pointer()).isEqualTo("/Statement/0/Resource");
      assertThat(p.message()).contains(how);
    }

    @Test
    void not_resource_entries_are_checked_too() {
      Statement.Builder s = deny().action("s3:*").notResource(OneOrMany.list(Resource.of("arn:aws:s3:::ok"),
          Resource.of("bad")));
      assertThat(validate(s, PolicyKind.IDENTITY)).extracting(PolicyProblem::code, PolicyProblem::pointer)
          .containsExactly(tuple(ProblemCode.INVALID_RESOURCE, "/Statement/0/NotResource/1"));
    }

    @Test
    @DisplayName("S4.2: variables in the resource field are fine under 2012-10-17")
    void variables_in_resource_field_are_fine() {
      assertClean(resource("arn:aws:s3:::bucket/${aws:username}/*", "arn:aws:s3:::b/${aws:PrincipalTag/team, 'none'}",
          "arn:aws:s3:::b/${*}x${?}${$}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:sqs:${aws:RequestedRegion}:111122223333:q",
        "arn:aws:ec2:us-east-1:${aws:PrincipalAccount}:instance/*", "arn:aws:ec2:${x:y}"})
    @DisplayName("S4.2: variables before the resource field are literal")
    void variables_before_the_resource_field(String resource) {
      PolicyProblem p = only(resource(resource), ProblemCode.VARIABLE_NOT_RECOGNIZED);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.message()).contains("partition, service, region or account field", "S4.2");
    }

    @Test
    @DisplayName("S4.3: variables without Version 2012-10-17 are literal")
    void variables_under_old_version() {
      Policy p = Policy.builder().version(PolicyVersion.V2008_10_17)
          .statement(allow().action("s3:GetObject").resource("arn:aws:s3:::b/${aws:username}/*").build()).build();
      List<PolicyProblem> problems = V.validate(p, PolicyKind.SESSION);
      PolicyProblem v = only(problems, ProblemCode.VARIABLE_NOT_RECOGNIZED);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.pointer()).isEqualTo("/Statement/Resource");
      assertThat(v.message()).contains("\"${aws:username}\"", "\"arn:aws:s3:::b/${aws:username}/*\"",
          "Version 2008-10-17", "S4.3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"arn:aws:s3:::b/${aws:username|no closing", "arn:aws:s3:::b/${}|malformed",
        "arn:aws:s3:::b/${username}|malformed", "arn:aws:s3:::b/${aws:username, default}|malformed",
        "arn:aws:s3:::b/${aws:TagKeys}|multivalued"})
    @DisplayName("S4.1, S4.7: malformed variables and multivalued keys are warned about")
    void malformed_variables(String resource, String text) {
      PolicyProblem p = only(resource(resource), ProblemCode.INVALID_VARIABLE);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.message()).contains(text);
    }
  }

  // ---------------------------------------------------------------- Principals (S1.7)

  @Nested
  @DisplayName("S1.7 Principal values")
  class Principals {
    private List<PolicyProblem> principal(PrincipalElement element) {
      return validate(valid(PolicyKind.RESOURCE).principal(element), PolicyKind.RESOURCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "111122223333", "arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:user/alice",
        "arn:aws:iam::111122223333:user/division/team/alice", "arn:aws:iam::111122223333:role/Admin",
        "arn:aws:iam::111122223333:role/service-role/Admin", "arn:aws:sts::111122223333:assumed-role/Admin/session",
        "arn:aws:sts::111122223333:federated-user/bob", "AIDAJQABLZS4A3QDU576Q", "AROADBQP57FF2AEXAMPLE",
        "arn:aws-cn:iam::111122223333:root"})
    void valid_aws_principals(String value) {
      assertClean(principal(aws(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11112222333", "arn:aws:iam::111122223333:group/Admins", "arn:aws:iam:us-east-1:111122223333:root",
        "arn:aws:sts::111122223333:assumed-role/Admin", "arn:aws:iam::alias:root", "AKIAIOSFODNN7EXAMPLE",
        "arn:aws:s3:::bucket", "alice", "arn:aws:iam::111122223333:user/", "arn:nope:iam::111122223333:root",
        "AIDA_JQABLZS4A3QDU5"})
    void invalid_aws_principals(String value) {
      List<PolicyProblem> problems = principal(aws(ACCOUNT, value));
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.INVALID_PRINCIPAL, Severity.ERROR, "/Statement/0/Principal/AWS/1"));
      assertThat(problems.get(0).message()).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam::111122223333:role/*", "arn:aws:sts::111122223333:assumed-role/R/*",
        "arn:aws:iam::*:root", "1111222233*", "arn:aws:iam::111122223333:user/al?ce"})
    @DisplayName("S1.7: partial wildcards are never allowed")
    void partial_wildcards_are_errors(String value) {
      PolicyProblem p = only(principal(aws(value)), ProblemCode.INVALID_PRINCIPAL);
      assertThat(p.pointer()).isEqualTo("/Statement/0/Principal/AWS");
      assertThat(p.message()).contains("wildcard", "aws:PrincipalArn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lambda.amazonaws.com", "ec2.amazonaws.com.cn", "logs.us-east-1.amazonaws.com",
        "Lambda.AmazonAWS.com"})
    void valid_service_principals(String value) {
      assertClean(principal(PolicyValidatorTest.principal(PrincipalType.SERVICE, value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lambda", "*", "lambda amazonaws.com", "*.amazonaws.com", "lambda..amazonaws.com"})
    void invalid_service_principals(String value) {
      assertHas(principal(PolicyValidatorTest.principal(PrincipalType.SERVICE, value)), ProblemCode.INVALID_PRINCIPAL,
          Severity.ERROR, "/Statement/0/Principal/Service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cognito-identity.amazonaws.com", "accounts.google.com", "www.amazon.com",
        "graph.facebook.com", "arn:aws:iam::111122223333:saml-provider/Okta",
        "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC",
        "oidc.eks.us-east-1.amazonaws.com/id/ABC"})
    void valid_federated_principals(String value) {
      assertClean(validate(valid(PolicyKind.TRUST).action("sts:AssumeRoleWithWebIdentity")
          .principal(PolicyValidatorTest.principal(PrincipalType.FEDERATED, value)), PolicyKind.TRUST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"google", "arn:aws:iam::111122223333:role/x", "arn:aws:iam::111122223333:saml-provider/",
        "accounts.google.com/a b"})
    void invalid_federated_principals(String value) {
      assertHas(principal(PolicyValidatorTest.principal(PrincipalType.FEDERATED, value)), ProblemCode.INVALID_PRINCIPAL,
          Severity.ERROR, "/Statement/0/Principal/Federated");
    }

    @Test
    void canonical_user_is_64_hex_characters() {
      String id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be";
      assertClean(principal(PolicyValidatorTest.principal(PrincipalType.CANONICAL_USER, id)));
      assertHas(principal(PolicyValidatorTest.principal(PrincipalType.CANONICAL_USER, id.substring(1))),
          ProblemCode.INVALID_PRINCIPAL, Severity.ERROR, "/Statement/0/Principal/CanonicalUser");
      assertHas(principal(PolicyValidatorTest.principal(PrincipalType.CANONICAL_USER, id.replace('a', 'g'))),
          ProblemCode.INVALID_PRINCIPAL, Severity.ERROR, "/Statement/0/Principal/CanonicalUser");
    }

    @Test
    void empty_principal_values() {
      assertHas(principal(PrincipalElement.of(Map.of())), ProblemCode.EMPTY_VALUE, Severity.ERROR,
          "/Statement/0/Principal");
      assertHas(principal(PrincipalElement.of(PrincipalType.AWS, OneOrMany.list(List.of()))), ProblemCode.EMPTY_VALUE,
          Severity.ERROR, "/Statement/0/Principal/AWS");
      assertHas(principal(aws(ACCOUNT, "")), ProblemCode.EMPTY_VALUE, Severity.ERROR, "/Statement/0/Principal/AWS/1");
    }

    @Test
    void several_types_are_each_checked() {
      Map<PrincipalType, OneOrMany<String>> m = new LinkedHashMap<>();
      m.put(PrincipalType.AWS, OneOrMany.list("bad", ACCOUNT));
      m.put(PrincipalType.SERVICE, OneOrMany.one("nope"));
      assertThat(principal(PrincipalElement.of(m))).extracting(PolicyProblem::pointer)
          .containsExactly("/Statement/0/Principal/AWS/0", "/Statement/0/Principal/Service");
    }

    @Test
    void not_principal_values_are_checked_too() {
      assertHas(validate(deny().notPrincipal(aws("bad")).action("s3:*").resource("*"), PolicyKind.RESOURCE),
          ProblemCode.INVALID_PRINCIPAL, Severity.ERROR, "/Statement/0/NotPrincipal/AWS");
    }

    @Test
    @DisplayName("S4.2: variables in principals are literal")
    void variables_in_principals() {
      assertHas(principal(aws("arn:aws:iam::111122223333:user/${aws:username}")), ProblemCode.VARIABLE_NOT_RECOGNIZED,
          Severity.WARNING, "/Statement/0/Principal/AWS");
    }

    @Test
    void trust_policy_principals_are_checked() {
      assertHas(validate(valid(PolicyKind.TRUST).principal(aws("arn:aws:iam::111122223333:role/*")), PolicyKind.TRUST),
          ProblemCode.INVALID_PRINCIPAL, Severity.ERROR, "/Statement/0/Principal/AWS");
    }
  }

  // ---------------------------------------------------------------- Conditions (S1.10, S3)

  @Nested
  @DisplayName("S1.10, S3 Condition")
  class Conditions {
    private List<PolicyProblem> cond(Statement.Builder s, Condition c) {
      return validate(s.condition(c), PolicyKind.IDENTITY);
    }

    private List<PolicyProblem> cond(Condition c) {
      return cond(valid(PolicyKind.IDENTITY), c);
    }

    private List<PolicyProblem> cond(String operator, String key, String... values) {
      return cond(condition(operator, key, values));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "StringEquals|aws:PrincipalTag/team|blue", "StringNotEqualsIfExists|aws:RequestedRegion|us-east-1",
        "StringLike|s3:prefix|home/*", "StringEqualsIgnoreCase|aws:username|Alice",
        "ForAnyValue:StringEquals|aws:TagKeys|env", "ForAnyValue:StringLike|aws:TagKeys|env*",
        "ArnLike|aws:SourceArn|arn:aws:sns:*:111122223333:topic", "Null|aws:MultiFactorAuthPresent|true",
        "Bool|aws:SecureTransport|true", "BoolIfExists|aws:MultiFactorAuthPresent|FALSE",
        "StringEquals|aws:ResourceTag/Cost Center|x", "StringEquals|kms:EncryptionContext:aws:s3:arn|x",
        "StringEquals|token.actions.githubusercontent.com:sub|repo:org/repo:ref:refs/heads/main",
        "StringEquals|oidc.eks.us-east-1.amazonaws.com/id/ABC:sub|system:serviceaccount:ns:sa"})
    void valid_conditions_are_clean(String operator, String key, String value) {
      assertClean(cond(operator, key, value));
    }

    @Test
    void empty_condition_block_is_fine() {
      assertClean(cond(Condition.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x|expected one of the condition operators",
        "stringequals|did you mean \"StringEquals\"",
        "StringEqualsifexists|did you mean \"StringEqualsIfExists\"",
        "ForAnyValue::StringEqualsIfExists|malformed set qualifier",
        "ForSomeValues:StringEquals|malformed set qualifier \"ForSomeValues:\"",
        "NullIfExists|Null has no IfExists form",
        "ForAnyValue:ForAllValues:StringEquals|malformed set qualifier",
        "StringEqualsIfExistsIfExists|expected one of"})
    @DisplayName("S1.10: unknown operators and malformed qualifiers are syntax errors")
    void unknown_operators(String operator, String why) {
      List<PolicyProblem> problems = cond(operator, "aws:username", "a");
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.UNKNOWN_OPERATOR, Severity.ERROR,
              "/Statement/0/Condition/" + operator));
      assertThat(problems.get(0).message()).contains("\"" + operator + "\"", why, "Syntax errors in policy.");
    }

    @Test
    @DisplayName("S1.10: an unknown operator with no keys is accepted with a warning")
    void unknown_operator_without_keys() {
      List<PolicyProblem> problems = cond(Condition.builder().addEmpty(ConditionOperator.parse("a")).build());
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.UNKNOWN_OPERATOR_NO_KEYS, Severity.WARNING, "/Statement/0/Condition/a"));
    }

    @Test
    void known_operator_without_keys_is_a_warning() {
      assertThat(cond(Condition.builder().addEmpty(ConditionOperator.STRING_EQUALS).build()))
          .extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.EMPTY_VALUE, Severity.WARNING, "/Statement/0/Condition/StringEquals"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"username", ":username", "aws:", ""})
    void malformed_condition_keys_are_errors(String key) {
      List<PolicyProblem> problems = cond("StringEquals", key, "a");
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.INVALID_CONDITION_KEY, Severity.ERROR,
              "/Statement/0/Condition/StringEquals/" + key));
    }

    @Test
    @DisplayName("RFC 6901: '/' and '~' in keys are escaped in pointers")
    void pointer_escapes_slash_and_tilde() {
      assertThat(cond("StringEquals", "aws:PrincipalTag/a~b", "1", "2", "${x")).extracting(PolicyProblem::pointer)
          .containsExactly("/Statement/0/Condition/StringEquals/aws:PrincipalTag~1a~0b/2");
    }

    @Test
    void unknown_condition_key_of_known_prefix_is_a_warning() {
      List<PolicyProblem> problems = cond("StringEquals", "aws:SourceIpp", "x");
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.UNKNOWN_CONDITION_KEY, Severity.WARNING,
              "/Statement/0/Condition/StringEquals/aws:SourceIpp"));
      assertThat(only(cond("StringEquals", "s3:prefixx", "x"), ProblemCode.UNKNOWN_CONDITION_KEY).message())
          .contains("\"s3\"");
    }

    @Test
    void condition_key_with_unknown_prefix_is_a_warning() {
      assertThat(only(cond("StringEquals", "nosuchservice:key", "x"), ProblemCode.UNKNOWN_CONDITION_KEY).message())
          .contains("unknown prefix \"nosuchservice\"");
    }

    @Test
    @DisplayName("S3.3: key lookups ignore case")
    void key_lookup_ignores_case() {
      assertClean(cond("IpAddress", "AWS:SOURCEIP", "203.0.113.0/24"));
      assertClean(cond("StringEquals", "EC2:ResourceTag/Name", "x"));
    }

    @Test
    void unknown_key_checks_can_be_turned_off() {
      PolicyValidator v = PolicyValidator.builder().checkCatalog(false).build();
      assertClean(v.validate(policy(valid(PolicyKind.IDENTITY).condition(condition("StringEquals", "aws:nope", "x"))),
          PolicyKind.IDENTITY));
    }

    @Test
    @DisplayName("S4.2: variables in key names are literal")
    void variables_in_keys() {
      assertHas(cond("StringEquals", "aws:PrincipalTag/${aws:username}", "x"), ProblemCode.VARIABLE_NOT_RECOGNIZED,
          Severity.WARNING, "/Statement/0/Condition/StringEquals/aws:PrincipalTag~1${aws:username}");
    }

    @Test
    void empty_value_array_is_a_warning() {
      Condition c = Condition.builder().add(ConditionOperator.STRING_EQUALS, ConditionKey.of("aws:username"),
          OneOrMany.list(List.of())).build();
      assertThat(cond(c)).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.EMPTY_VALUE, Severity.WARNING,
              "/Statement/0/Condition/StringEquals/aws:username"));
    }

    // -- S3.13 set qualifiers

    @Test
    @DisplayName("S3.13: ForAllValues with Allow is a warning")
    void for_all_values_with_allow() {
      List<PolicyProblem> problems = cond("ForAllValues:StringEquals", "aws:TagKeys", "env");
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.SET_QUALIFIER_MISUSE, Severity.WARNING,
              "/Statement/0/Condition/ForAllValues:StringEquals/aws:TagKeys"));
      assertThat(problems.get(0).message()).contains("Null");
    }

    @Test
    @DisplayName("S3.13: ForAllValues with Allow and Null false on the key is fine")
    void for_all_values_with_null_false() {
      Condition c = Condition.builder().add(ConditionOperator.parse("ForAllValues:StringEquals"), "aws:TagKeys", "env")
          .add(ConditionOperator.NULL, "aws:TagKeys", "false").build();
      assertClean(cond(c));
    }

    @Test
    void for_all_values_with_deny_is_fine() {
      assertClean(cond(valid(PolicyKind.IDENTITY).effect(Effect.DENY),
          condition("ForAllValues:StringEquals", "aws:TagKeys", "env")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ForAnyValue:StringEquals", "ForAllValues:StringEquals"})
    @DisplayName("S3.13: a set qualifier on a single-valued key is a warning")
    void qualifier_on_single_valued_key(String operator) {
      List<PolicyProblem> problems = cond(valid(PolicyKind.IDENTITY).effect(Effect.DENY),
          condition(operator, "aws:PrincipalTag/team", "blue"));
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity)
          .containsExactly(tuple(ProblemCode.SET_QUALIFIER_MISUSE, Severity.WARNING));
      assertThat(problems.get(0).message()).contains("single-valued");
    }

    @ParameterizedTest
    @ValueSource(strings = {"StringEquals", "StringNotEquals", "StringLikeIfExists"})
    @DisplayName("S3.13, A13: a multivalued key without qualifier is a warning")
    void multivalued_key_without_qualifier(String operator) {
      PolicyProblem p = only(cond(operator, "aws:TagKeys", "env"), ProblemCode.SET_QUALIFIER_MISUSE);
      assertThat(p.pointer()).isEqualTo("/Statement/0/Condition/" + operator + "/aws:TagKeys");
      assertThat(p.message()).contains("multivalued", "always false");
    }

    @Test
    @DisplayName("S3.13: service keys of type ArrayOf... are multivalued")
    void service_array_keys_are_multivalued() {
      assertHas(cond("StringEquals", "sts:TransitiveTagKeys", "x"), ProblemCode.SET_QUALIFIER_MISUSE, Severity.WARNING,
          "/Statement/0/Condition/StringEquals/sts:TransitiveTagKeys");
      assertClean(cond("ForAnyValue:StringEquals", "sts:TransitiveTagKeys", "x"));
    }

    @Test
    @DisplayName("S3.11: Null on a multivalued key needs no qualifier; a qualifier on Null is ignored")
    void null_and_qualifiers() {
      assertClean(cond("Null", "aws:TagKeys", "false"));
      assertHas(cond("ForAnyValue:Null", "aws:TagKeys", "false"), ProblemCode.SET_QUALIFIER_MISUSE, Severity.WARNING,
          "/Statement/0/Condition/ForAnyValue:Null");
    }

    @Test
    void unknown_keys_get_no_qualifier_warning() {
      PolicyValidator v = PolicyValidator.builder().checkCatalog(false).build();
      assertClean(v.validate(policy(valid(PolicyKind.IDENTITY).effect(Effect.DENY)
          .condition(condition("ForAnyValue:StringEquals", "aws:whatever", "x"))), PolicyKind.IDENTITY));
    }

    // -- S5.2

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE"})
    @DisplayName("S5.2: Deny with Bool aws:MultiFactorAuthPresent false is a warning")
    void mfa_bool_false_in_deny(String value) {
      List<PolicyProblem> problems = cond(deny().action("*").resource("*"),
          condition("Bool", "aws:MultiFactorAuthPresent", value));
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.MFA_BOOL_FALSE_IN_DENY, Severity.WARNING,
              "/Statement/0/Condition/Bool/aws:MultiFactorAuthPresent"));
      assertThat(problems.get(0).message()).contains("BoolIfExists");
    }

    @Test
    void mfa_bool_if_exists_or_allow_or_true_is_fine() {
      assertClean(cond(deny().action("*").resource("*"), condition("BoolIfExists", "aws:MultiFactorAuthPresent", "false")));
      assertClean(cond(deny().action("*").resource("*"), condition("Bool", "aws:MultiFactorAuthPresent", "true")));
      assertClean(cond(condition("Bool", "aws:MultiFactorAuthPresent", "false")));
    }

    @Test
    void mfa_json_boolean_false_in_deny() {
      Condition c = Condition.builder().add(ConditionOperator.BOOL, ConditionKey.of("aws:multifactorauthpresent"),
          OneOrMany.one(ConditionValue.bool(false))).build();
      assertHas(cond(deny().action("*").resource("*"), c), ProblemCode.MFA_BOOL_FALSE_IN_DENY, Severity.WARNING,
          "/Statement/0/Condition/Bool/aws:multifactorauthpresent");
    }

    // -- values

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "tru"})
    @DisplayName("S3.7: non-boolean Bool values fail closed: warning")
    void bool_values(String value) {
      PolicyProblem p = only(cond("Bool", "aws:SecureTransport", value), ProblemCode.INVALID_CONDITION_VALUE);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.pointer()).isEqualTo("/Statement/0/Condition/Bool/aws:SecureTransport");
      assertThat(p.message()).contains("\"" + value + "\"", "fails closed");
    }

    @Test
    @DisplayName("S3.11: Null values must be true or false")
    void null_values() {
      assertHas(cond("Null", "aws:TokenIssueTime", "maybe"), ProblemCode.INVALID_CONDITION_VALUE, Severity.WARNING,
          "/Statement/0/Condition/Null/aws:TokenIssueTime");
      assertClean(cond("Null", "aws:TokenIssueTime", "TRUE"));
    }

    @Test
    @DisplayName("A6: variables in Bool values are disputed: warning")
    void variables_in_bool_values() {
      assertHas(cond("Bool", "aws:SecureTransport", "${aws:ViaAWSService}"), ProblemCode.VARIABLE_NOT_RECOGNIZED,
          Severity.WARNING, "/Statement/0/Condition/Bool/aws:SecureTransport");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"NumericLessThan|aws:MultiFactorAuthAge|${aws:EpochTime}",
        "IpAddress|aws:SourceIp|${aws:VpcSourceIp}", "Null|aws:username|${aws:userid}"})
    @DisplayName("S4.2, S3.14: variables in Numeric, IP and Null values are literal, so the value cannot be read")
    void variables_in_non_string_values(String operator, String key, String value) {
      List<PolicyProblem> problems = cond(operator, key, value);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity)
          .containsExactly(tuple(ProblemCode.VARIABLE_NOT_RECOGNIZED, Severity.WARNING),
              tuple(ProblemCode.INVALID_CONDITION_VALUE, Severity.WARNING));
      assertThat(problems.get(1).message()).contains(value).contains("fails closed");
    }

    @Test
    @DisplayName("S4.2, S4.3: variables in String and ARN values need Version 2012-10-17")
    void variables_in_string_values() {
      assertClean(cond("StringEquals", "s3:prefix", "home/${aws:username}/"));
      assertClean(cond("ArnLike", "aws:SourceArn", "arn:aws:sns:*:${aws:PrincipalAccount}:t"));
      Policy old = Policy.builder().version(PolicyVersion.V2008_10_17).statement(valid(PolicyKind.RESOURCE)
          .condition(condition("StringEquals", "s3:prefix", "home/${aws:username}/")).build()).build();
      assertHas(V.validate(old, PolicyKind.RESOURCE), ProblemCode.VARIABLE_NOT_RECOGNIZED, Severity.WARNING,
          "/Statement/Condition/StringEquals/s3:prefix");
    }

    @Test
    void values_of_an_array_get_their_index() {
      assertThat(cond("Bool", "aws:SecureTransport", "true", "nope")).extracting(PolicyProblem::pointer)
          .containsExactly("/Statement/0/Condition/Bool/aws:SecureTransport/1");
    }
  }

  // ---------------------------------------------------------------- Size (S10.2)

  @Nested
  @DisplayName("S10.2 size quotas")
  class Size {
    private static final String COMPACT =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}";

    private Policy small() {
      return Policy.builder().version(PolicyVersion.V2012_10_17)
          .statement(allow().action("s3:GetObject").resource("*").build()).build();
    }

    /** An identity policy whose compact form is about {@code n} characters. */
    private Policy sized(int n) {
      return Policy.builder().version(PolicyVersion.V2012_10_17)
          .statement(allow().action("s3:GetObject").resource("arn:aws:s3:::b/" + "k".repeat(n)).build()).build();
    }

    @Test
    void compact_size_counts_the_canonical_json() {
      assertThat(PolicyValidator.size(small(), SizeLimit.MANAGED)).isEqualTo(COMPACT.length());
      assertThat(PolicyValidator.size(COMPACT, SizeLimit.MANAGED)).isEqualTo(COMPACT.length());
    }

    @Test
    void compact_size_counts_every_element_and_escapes() {
      Map<PrincipalType, OneOrMany<String>> principals = new LinkedHashMap<>();
      principals.put(PrincipalType.AWS, OneOrMany.list(ACCOUNT, "arn:aws:iam::111122223333:root"));
      principals.put(PrincipalType.SERVICE, OneOrMany.one("s.amazonaws.com"));
      Condition c = Condition.builder()
          .add(ConditionOperator.STRING_EQUALS, "a:b", "x\"y", "z\\")
          .add(ConditionOperator.BOOL, ConditionKey.of("aws:SecureTransport"), OneOrMany.one(ConditionValue.bool(true)))
          .add(ConditionOperator.parse("NumericLessThan"), ConditionKey.of("n:m"),
              OneOrMany.list(ConditionValue.number("10.5")))
          .build();
      Policy p = Policy.builder().version(PolicyVersion.V2012_10_17).id("a\nb\u0001")
          .statement(Statement.builder().sid("S1").effect(Effect.DENY).principal(PrincipalElement.of(principals))
              .notAction(OneOrMany.list(Action.of("s3:*"))).notResource(OneOrMany.one(Resource.ALL)).condition(c).build())
          .statement(Statement.builder().effect(Effect.ALLOW).notPrincipal(PrincipalElement.wildcard())
              .action("a:b").resource("r").build())
          .build();
      String json = "{\"Version\":\"2012-10-17\",\"Id\":\"a\\nb\\u0001\",\"Statement\":["
          + "{\"Sid\":\"S1\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":[\"111122223333\",\"arn:aws:iam::111122223333:root\"],"
          + "\"Service\":\"s.amazonaws.com\"},\"NotAction\":[\"s3:*\"],\"NotResource\":\"*\","
          + "\"Condition\":{\"StringEquals\":{\"a:b\":[\"x\\\"y\",\"z\\\\\"]},\"Bool\":{\"aws:SecureTransport\":true},"
          + "\"NumericLessThan\":{\"n:m\":[10.5]}}},"
          + "{\"Effect\":\"Allow\",\"NotPrincipal\":\"*\",\"Action\":\"a:b\",\"Resource\":\"r\"}]}";
      assertThat(PolicyValidator.size(p, SizeLimit.ORGANIZATIONS)).isEqualTo(json.length());
    }

    @Test
    @DisplayName("A4: IAM quotas do not count spaces inside strings; Organizations quotas do")
    void whitespace_in_strings() {
      Policy p = Policy.builder().version(PolicyVersion.V2012_10_17).id("a b c")
          .statement(allow().action("s3:GetObject").resource("*").build()).build();
      long all = PolicyValidator.size(p, SizeLimit.ORGANIZATIONS);
      assertThat(PolicyValidator.size(p, SizeLimit.MANAGED)).isEqualTo(all - 2);
    }

    @Test
    @DisplayName("S10.2, A4: source text size drops SPACE, TAB, CR and LF for IAM quotas only")
    void source_text_whitespace() {
      String text = "{ \"a\" :\t\"b c\"\r\n}";
      assertThat(PolicyValidator.size(text, SizeLimit.MANAGED)).isEqualTo(text.length() - 6);
      assertThat(PolicyValidator.size(text, SizeLimit.SESSION)).isEqualTo(text.length());
      assertThat(PolicyValidator.size(text, SizeLimit.ORGANIZATIONS)).isEqualTo(text.length());
    }

    @Test
    void policy_over_the_managed_quota_is_an_error() {
      Policy p = sized(6_144);
      List<PolicyProblem> problems = validate(p, PolicyKind.IDENTITY);
      assertThat(problems).extracting(PolicyProblem::code, PolicyProblem::severity, PolicyProblem::pointer)
          .containsExactly(problem(ProblemCode.SIZE_LIMIT_EXCEEDED, Severity.ERROR, ""));
      long size = PolicyValidator.size(p, SizeLimit.MANAGED);
      assertThat(problems.get(0).message()).contains(String.format(java.util.Locale.ROOT, "%,d", size), "6,144",
          "LimitExceeded");
    }

    @Test
    void policy_at_the_quota_is_fine() {
      int base = (int) PolicyValidator.size(sized(0), SizeLimit.MANAGED);
      Policy exact = sized(6_144 - base);
      assertThat(PolicyValidator.size(exact, SizeLimit.MANAGED)).isEqualTo(6_144);
      assertNone(validate(exact, PolicyKind.IDENTITY), ProblemCode.SIZE_LIMIT_EXCEEDED);
      assertHas(validate(sized(6_145 - base), PolicyKind.IDENTITY), ProblemCode.SIZE_LIMIT_EXCEEDED, Severity.ERROR, "");
    }

    @ParameterizedTest
    @CsvSource({"TRUST,2048", "SESSION,2048", "SCP,5120", "RCP,5120", "PERMISSIONS_BOUNDARY,6144"})
    void each_kind_has_its_quota(PolicyKind kind, int limit) {
      String fill = "x".repeat(limit);
      String text = fill + "y";
      assertHas(V.validate(policy(valid(kind)), kind, text), ProblemCode.SIZE_LIMIT_EXCEEDED, Severity.ERROR, "");
      assertNone(V.validate(policy(valid(kind)), kind, fill), ProblemCode.SIZE_LIMIT_EXCEEDED);
    }

    @Test
    @DisplayName("S10.2: resource policies have no quota by default; SizeLimit.NONE never complains")
    void resource_policies_have_no_quota() {
      assertNone(V.validate(policy(valid(PolicyKind.RESOURCE)), PolicyKind.RESOURCE, "x".repeat(200_000)),
          ProblemCode.SIZE_LIMIT_EXCEEDED);
    }

    @Test
    void source_text_whitespace_is_not_counted_for_iam_quotas() {
      String text = "x".repeat(6_000) + " ".repeat(1_000);
      assertNone(V.validate(policy(valid(PolicyKind.IDENTITY)), PolicyKind.IDENTITY, text),
          ProblemCode.SIZE_LIMIT_EXCEEDED);
      assertHas(V.validate(policy(valid(PolicyKind.SCP)), PolicyKind.SCP, text), ProblemCode.SIZE_LIMIT_EXCEEDED,
          Severity.ERROR, "");
    }

    @Test
    void size_limit_override_applies() {
      PolicyValidator v = PolicyValidator.builder().sizeLimit(SizeLimit.USER_INLINE).build();
      assertHas(v.validate(sized(2_100), PolicyKind.IDENTITY), ProblemCode.SIZE_LIMIT_EXCEEDED, Severity.ERROR, "");
      assertNone(v.validate(sized(1_900), PolicyKind.IDENTITY), ProblemCode.SIZE_LIMIT_EXCEEDED);
    }
  }

  // ---------------------------------------------------------------- S1.13 catalogue

  @Nested
  @DisplayName("S1.13 what AWS rejects: one problem per cause with AWS's message")
  class AwsCatalogue {
    static Stream<Arguments> rows() {
      return Stream.of(
          row("Action and NotAction both present", policy(allow().action("s3:GetObject")
              .notAction(OneOrMany.one(Action.of("s3:PutObject"))).resource("*")), PolicyKind.IDENTITY,
              ProblemCode.MUTUALLY_EXCLUSIVE, "Syntax errors in policy."),
          row("Resource and NotResource both present", policy(allow().action("s3:GetObject").resource("*")
              .notResource(OneOrMany.one(Resource.of("arn:aws:s3:::b")))), PolicyKind.IDENTITY,
              ProblemCode.MUTUALLY_EXCLUSIVE, "Syntax errors in policy."),
          row("Statement []", Policy.builder().version(PolicyVersion.V2012_10_17).statementArray(true).build(),
              PolicyKind.IDENTITY, ProblemCode.EMPTY_STATEMENT, "Syntax errors in policy."),
          row("unknown operator", policy(valid(PolicyKind.IDENTITY).condition(condition("x", "a:b", "1"))),
              PolicyKind.IDENTITY, ProblemCode.UNKNOWN_OPERATOR, "Syntax errors in policy."),
          row("bad qualifier", policy(valid(PolicyKind.IDENTITY)
              .condition(condition("ForAnyValue::StringEqualsIfExists", "a:b", "1"))),
              PolicyKind.IDENTITY, ProblemCode.UNKNOWN_OPERATOR, "Syntax errors in policy."),
          row("Version absent in a managed policy", Policy.builder().version(null).statement(valid(PolicyKind.IDENTITY).build()).build(),
              PolicyKind.IDENTITY, ProblemCode.VERSION_REQUIRED, "Policy document must be version 2012-10-17 or greater."),
          row("Version 2008-10-17 in a managed policy", Policy.builder().version(PolicyVersion.V2008_10_17)
              .statement(valid(PolicyKind.IDENTITY).build()).build(),
              PolicyKind.IDENTITY, ProblemCode.VERSION_REQUIRED, "Policy document must be version 2012-10-17 or greater."),
          row("ARN with :: but too few colons", policy(valid(PolicyKind.IDENTITY).resource("arn:aws:s3::b")),
              PolicyKind.IDENTITY, ProblemCode.INVALID_RESOURCE, "The policy failed legacy parsing"),
          row("no Action", policy(allow().resource("*")), PolicyKind.IDENTITY, ProblemCode.MISSING_ACTION,
              "Policy statement must contain actions."),
          row("Action []", policy(allow().action(OneOrMany.<Action>list(List.of())).resource("*")),
              PolicyKind.IDENTITY, ProblemCode.MISSING_ACTION, "Policy statement must contain actions."),
          row("no Resource", policy(allow().action("s3:GetObject")), PolicyKind.IDENTITY, ProblemCode.MISSING_RESOURCE,
              "Policy statement must contain resources."),
          row("Resource []", policy(allow().action("s3:GetObject").resource(OneOrMany.<Resource>list(List.of()))),
              PolicyKind.IDENTITY, ProblemCode.MISSING_RESOURCE, "Policy statement must contain resources."),
          row("action without prefix", policy(allow().action("invalid").resource("*")), PolicyKind.IDENTITY,
              ProblemCode.INVALID_ACTION, "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
          row("empty action", policy(allow().action("").resource("*")), PolicyKind.IDENTITY,
              ProblemCode.INVALID_ACTION, "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
          row("two colons", policy(allow().action("s3:List:Bucket").resource("*")), PolicyKind.IDENTITY,
              ProblemCode.INVALID_ACTION, "Actions/Condition can contain only one colon."),
          row("prefix with a space", policy(allow().action("a a:b").resource("*")), PolicyKind.IDENTITY,
              ProblemCode.INVALID_ACTION, "Vendor a a is not valid"),
          row("resource not an ARN", policy(allow().action("s3:GetObject").resource("invalid resource")),
              PolicyKind.IDENTITY, ProblemCode.INVALID_RESOURCE, "Resource invalid resource must be in ARN format or \"*\"."),
          row("empty resource", policy(allow().action("s3:GetObject").resource("")),
              PolicyKind.IDENTITY, ProblemCode.INVALID_RESOURCE, "Resource  must be in ARN format or \"*\"."),
          row("unknown partition", policy(allow().action("s3:GetObject").resource("arn:error:s3:::b")),
              PolicyKind.IDENTITY, ProblemCode.INVALID_PARTITION,
              "Partition \"error\" is not valid for resource \"arn:error:s3:::b\"."),
          row("no service", policy(allow().action("s3:GetObject").resource("arn:aws")), PolicyKind.IDENTITY,
              ProblemCode.INVALID_RESOURCE, "Resource vendor must be fully qualified and cannot contain regexes."),
          row("IAM with region", policy(allow().action("iam:GetUser").resource("arn:aws:iam:us-east-1::x")),
              PolicyKind.IDENTITY, ProblemCode.INVALID_RESOURCE,
              "IAM resource arn:aws:iam:us-east-1::x cannot contain region information."),
          row("IAM resource path", policy(allow().action("iam:GetUser").resource("arn:aws:iam:::example")),
              PolicyKind.IDENTITY, ProblemCode.INVALID_RESOURCE, "IAM resource path must either be \"*\" or start with "
              + "user/, federated-user/, role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, "
              + "saml-provider/, oidc-provider/, report/, access-report/."),
          row("S3 with region", policy(allow().action("s3:GetObject").resource("arn:aws:s3:us-east-1::b")),
              PolicyKind.IDENTITY, ProblemCode.INVALID_RESOURCE,
              "Resource arn:aws:s3:us-east-1::b can not contain region information."),
          row("duplicate Sid", policy(valid(PolicyKind.IDENTITY).sid("A"), valid(PolicyKind.IDENTITY).sid("A")),
              PolicyKind.IDENTITY, ProblemCode.DUPLICATE_SID, "Statement IDs (SID) in a single policy must be unique."),
          row("trust policy with Resource", policy(valid(PolicyKind.TRUST).resource("*")), PolicyKind.TRUST,
              ProblemCode.FORBIDDEN_ELEMENT, "Has prohibited field Resource."),
          row("trust policy with non-STS action", policy(valid(PolicyKind.TRUST).action("s3:GetObject")),
              PolicyKind.TRUST, ProblemCode.INVALID_TRUST_ACTION, "Trust Policy statement actions can only be "
              + "sts:AssumeRole, sts:AssumeRoleWithSAML,  and sts:AssumeRoleWithWebIdentity"),
          row("over the size quota", policy(valid(PolicyKind.IDENTITY).resource("arn:aws:s3:::" + "b".repeat(7_000))),
              PolicyKind.IDENTITY, ProblemCode.SIZE_LIMIT_EXCEEDED, "LimitExceeded"));
    }

    private static Arguments row(String trigger, Policy policy, PolicyKind kind, ProblemCode code, String awsMessage) {
      return Arguments.of(trigger, policy, kind, code, awsMessage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_row_gives_one_error_with_the_aws_message(String trigger, Policy policy, PolicyKind kind,
        ProblemCode code, String awsMessage) {
      List<PolicyProblem> problems = V.validate(policy, kind);
      assertThat(problems).as("problems of %s: %s", trigger, problems).hasSize(1);
      PolicyProblem p = problems.get(0);
      assertThat(p.code()).isEqualTo(code);
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.message()).contains("(AWS: " + awsMessage + ")");
    }
  }

  // ---------------------------------------------------------------- Dates and parsed values

  @Nested
  @DisplayName("S3.5 to S3.9 values parsed for their operator")
  class ParsedValues {
    private List<PolicyProblem> cond(String operator, String key, String... values) {
      return validate(valid(PolicyKind.IDENTITY).condition(condition(operator, key, values)), PolicyKind.IDENTITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01", "2024-01-31", "2024-01-31T12:00Z", "2024-01-31T12:00:00Z",
        "2024-01-31T12:00:00.5+02:00", "1700000000"})
    @DisplayName("S3.6: accepted date forms")
    void valid_dates(String value) {
      assertClean(cond("DateGreaterThan", "aws:CurrentTime", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027", "1999", "0000"})
    @DisplayName("S3.6: a four-digit date is epoch seconds, not a year: warning")
    void four_digit_dates_warn(String value) {
      PolicyProblem p = only(cond("DateGreaterThan", "aws:CurrentTime", value), ProblemCode.DATE_READ_AS_EPOCH);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.pointer()).isEqualTo("/Statement/0/Condition/DateGreaterThan/aws:CurrentTime");
      assertThat(p.message()).contains("epoch seconds", "not as the year " + value, value + "-01-01T00:00:00Z");
    }

    @Test
    @DisplayName("S3.6: a four-digit epoch written as a JSON number warns too")
    void four_digit_json_number_warns() {
      Condition c = Condition.builder().add(ConditionOperator.parse("DateLessThan"), ConditionKey.of("aws:EpochTime"),
          OneOrMany.one(ConditionValue.number("2027"))).build();
      assertThat(validate(valid(PolicyKind.IDENTITY).condition(c), PolicyKind.IDENTITY))
          .extracting(PolicyProblem::code).containsExactly(ProblemCode.DATE_READ_AS_EPOCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"202", "20270", "1700000000"})
    @DisplayName("S3.6: other epoch values do not look like years: clean")
    void other_epochs_are_clean(String value) {
      assertClean(cond("DateGreaterThan", "aws:CurrentTime", value));
    }

    @Test
    @DisplayName("S3.6: an epoch written as a JSON number is a date")
    void json_number_epoch() {
      Condition c = Condition.builder().add(ConditionOperator.parse("DateLessThan"), ConditionKey.of("aws:EpochTime"),
          OneOrMany.one(ConditionValue.number("1700000000"))).build();
      assertClean(validate(valid(PolicyKind.IDENTITY).condition(c), PolicyKind.IDENTITY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01", "2024-01-31T12:00:00+1", "", "${aws:CurrentTime}"})
    @DisplayName("S3.6: unparseable dates are errors: AWS rejects them at save time")
    void invalid_dates(String value) {
      PolicyProblem p = only(cond("DateLessThanIfExists", "aws:CurrentTime", value), ProblemCode.INVALID_CONDITION_VALUE);
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.pointer()).isEqualTo("/Statement/0/Condition/DateLessThanIfExists/aws:CurrentTime");
      assertThat(p.message()).contains("The policy failed legacy parsing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "-2.5", "0"})
    void valid_numbers(String value) {
      assertClean(cond("NumericLessThan", "aws:MultiFactorAuthAge", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e3", "", "ten"})
    @DisplayName("S3.5, S3.14: bad numbers fail closed: warning")
    void invalid_numbers(String value) {
      PolicyProblem p = only(cond("NumericLessThan", "aws:MultiFactorAuthAge", value), ProblemCode.INVALID_CONDITION_VALUE);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.message()).contains("fails closed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.0/24", "203.0.113.5", "2001:DB8::/32", "::1"})
    void valid_ip_ranges(String value) {
      assertClean(cond("IpAddress", "aws:SourceIp", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.0/33", "not an ip", "300.1.1.1", "2001:db8::/129"})
    @DisplayName("S3.9, S3.14: bad CIDRs fail closed: warning")
    void invalid_ip_ranges(String value) {
      PolicyProblem p = only(cond("NotIpAddress", "aws:SourceIp", value), ProblemCode.INVALID_CONDITION_VALUE);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "10.0.0.0/8x", "10.1.2"})
    @DisplayName("S3.9, S3.14: an IP operator value that is not an address is a warning that names the value")
    void ip_values_that_are_not_addresses(String value) {
      PolicyProblem p = only(cond("NotIpAddress", "aws:SourceIp", value), ProblemCode.INVALID_CONDITION_VALUE);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.message()).contains(value).contains("fails closed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ArnNotLike", "ArnLike", "ArnEquals", "ArnNotEquals", "ArnLikeIfExists"})
    @DisplayName("S3.10, S3.14: an ARN operator value that is not an ARN pattern (arn:::bucket-name) is a warning")
    void arn_values_that_are_not_arn_patterns(String operator) {
      PolicyProblem p = only(cond(operator, "aws:SourceArn", "arn:::bucket-name"), ProblemCode.INVALID_CONDITION_VALUE);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.message()).contains("arn:::bucket-name").contains("not an ARN pattern").contains("fails closed");
      assertClean(cond(operator, "aws:SourceArn", "arn:aws:s3:::bucket-name"));
    }

    @Test
    @DisplayName("S3.14: a numeric value holding a variable, which the evaluator reads literally, is reported as unreadable")
    void numeric_variable_is_unreadable() {
      assertThat(cond("NumericLessThan", "s3:max-keys", "${aws:PrincipalTag/max}"))
          .extracting(PolicyProblem::code)
          .contains(ProblemCode.VARIABLE_NOT_RECOGNIZED, ProblemCode.INVALID_CONDITION_VALUE);
    }

    @Test
    @DisplayName("S3.8: base64 values")
    void binary_values() {
      assertClean(cond("BinaryEquals", "aws:UserAgent", "QmluYXJ5"));
      PolicyProblem p = only(cond("BinaryEquals", "aws:UserAgent", "not base64!"), ProblemCode.INVALID_CONDITION_VALUE);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
    }
  }
}
