package dev.iamkit.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PrincipalMatcherTest {
  static final Principal ROOT = Principal.parse("arn:aws:iam::111122223333:root");
  static final Principal ALICE = Principal.IamUser.of(Arn.parse("arn:aws:iam::111122223333:user/team/alice"),
      "AIDAJQABLZS4A3QDU576Q");
  static final Principal.RoleSession SESSION = Principal.RoleSession.of(
      Arn.parse("arn:aws:sts::111122223333:assumed-role/Deploy/ci"),
      Arn.parse("arn:aws:iam::111122223333:role/ops/Deploy"), "AROADBQP57FF2AEXAMPLE");
  static final Principal FED = Principal.FederatedUser.of(Arn.parse("arn:aws:sts::111122223333:federated-user/bob"),
      Arn.parse("arn:aws:iam::111122223333:user/bob"));
  static final Principal OTHER_USER = Principal.parse("arn:aws:iam::444455556666:user/alice");
  static final Principal LAMBDA = Principal.service("lambda.amazonaws.com");
  static final Principal WEB = new Principal.WebIdentityUser("accounts.google.com");
  static final Principal ANON = Principal.anonymous();

  static PrincipalMatcher aws(String... values) {
    return PrincipalMatcher.compile(PrincipalElement.of(PrincipalType.AWS, OneOrMany.list(List.of(values))));
  }

  static PrincipalMatcher of(PrincipalType type, String... values) {
    return PrincipalMatcher.compile(PrincipalElement.of(type, OneOrMany.list(List.of(values))));
  }

  @Nested
  @DisplayName("classify (S2.4)")
  class Classify {
    @Test
    void bare_wildcard_names_everyone_including_anonymous_and_services_as_wildcard() {
      PrincipalMatcher m = PrincipalMatcher.compile(PrincipalElement.wildcard());
      for (Principal p : List.of(ROOT, ALICE, SESSION, FED, LAMBDA, WEB, ANON)) {
        assertThat(m.classify(p)).as("%s", p).isEqualTo(MatchClass.WILDCARD);
      }
    }

    @Test
    void aws_wildcard_is_the_same_as_the_bare_wildcard() {
      assertThat(aws("*").classify(ANON)).isEqualTo(MatchClass.WILDCARD);
      assertThat(aws("*").classify(LAMBDA)).isEqualTo(MatchClass.WILDCARD);
    }

    @Test
    void account_id_names_every_principal_of_the_account_as_account_class() {
      PrincipalMatcher m = aws("111122223333");
      for (Principal p : List.of(ROOT, ALICE, SESSION, FED)) {
        assertThat(m.classify(p)).as("%s", p).isEqualTo(MatchClass.ACCOUNT);
      }
      assertThat(m.classify(OTHER_USER)).isEqualTo(MatchClass.NONE);
      assertThat(m.classify(ANON)).isEqualTo(MatchClass.NONE);
      assertThat(m.classify(LAMBDA)).isEqualTo(MatchClass.NONE);
    }

    @Test
    void root_arn_names_the_whole_account_not_only_the_root_user() {
      PrincipalMatcher m = aws("arn:aws:iam::111122223333:root");
      assertThat(m.classify(ALICE)).isEqualTo(MatchClass.ACCOUNT);
      assertThat(m.classify(SESSION)).isEqualTo(MatchClass.ACCOUNT);
      assertThat(m.classify(ROOT)).isEqualTo(MatchClass.ACCOUNT);
    }

    @Test
    void root_arn_of_another_partition_does_not_name_the_account() {
      assertThat(aws("arn:aws-cn:iam::111122223333:root").classify(ALICE)).isEqualTo(MatchClass.NONE);
    }

    @Test
    void user_arn_is_direct_and_compared_case_sensitively_with_the_path() {
      assertThat(aws("arn:aws:iam::111122223333:user/team/alice").classify(ALICE)).isEqualTo(MatchClass.DIRECT);
      assertThat(aws("arn:aws:iam::111122223333:user/team/Alice").classify(ALICE)).isEqualTo(MatchClass.NONE);
      assertThat(aws("arn:aws:iam::111122223333:user/alice").classify(ALICE)).isEqualTo(MatchClass.NONE);
    }

    @Test
    void session_arn_is_direct() {
      assertThat(aws("arn:aws:sts::111122223333:assumed-role/Deploy/ci").classify(SESSION))
          .isEqualTo(MatchClass.DIRECT);
      assertThat(aws("arn:aws:sts::111122223333:assumed-role/Deploy/CI").classify(SESSION))
          .isEqualTo(MatchClass.NONE);
    }

    @Test
    void pathed_role_arn_names_sessions_of_the_role_as_role_class() {
      assertThat(aws("arn:aws:iam::111122223333:role/ops/Deploy").classify(SESSION)).isEqualTo(MatchClass.ROLE);
      assertThat(aws("arn:aws:iam::111122223333:role/Deploy").classify(SESSION)).isEqualTo(MatchClass.NONE);
    }

    @Test
    void partial_wildcards_name_nobody() {
      assertThat(aws("arn:aws:iam::111122223333:role/*").classify(SESSION)).isEqualTo(MatchClass.NONE);
      assertThat(aws("arn:aws:sts::111122223333:assumed-role/Deploy/*").classify(SESSION))
          .isEqualTo(MatchClass.NONE);
    }

    @Test
    void unique_ids_match_known_user_and_role_ids() {
      assertThat(aws("AIDAJQABLZS4A3QDU576Q").classify(ALICE)).isEqualTo(MatchClass.DIRECT);
      assertThat(aws("AROADBQP57FF2AEXAMPLE").classify(SESSION)).isEqualTo(MatchClass.ROLE);
      assertThat(aws("AIDAJQABLZS4A3QDU576Q").classify(Principal.parse("arn:aws:iam::111122223333:user/team/alice")))
          .as("unique ID unknown").isEqualTo(MatchClass.NONE);
    }

    @Test
    void federated_user_arn_is_direct_and_the_federating_user_arn_is_role_class() {
      assertThat(aws("arn:aws:sts::111122223333:federated-user/bob").classify(FED)).isEqualTo(MatchClass.DIRECT);
      assertThat(aws("arn:aws:iam::111122223333:user/bob").classify(FED)).isEqualTo(MatchClass.ROLE);
    }

    @Test
    void service_names_compare_ignoring_case() {
      assertThat(of(PrincipalType.SERVICE, "Lambda.AmazonAWS.com").classify(LAMBDA)).isEqualTo(MatchClass.SERVICE);
      assertThat(of(PrincipalType.SERVICE, "ec2.amazonaws.com").classify(LAMBDA)).isEqualTo(MatchClass.NONE);
      assertThat(of(PrincipalType.SERVICE, "lambda.amazonaws.com").classify(ALICE)).isEqualTo(MatchClass.NONE);
    }

    @Test
    void federated_names_only_web_identity_callers_of_that_provider() {
      assertThat(of(PrincipalType.FEDERATED, "accounts.google.com").classify(WEB)).isEqualTo(MatchClass.FEDERATED);
      assertThat(of(PrincipalType.FEDERATED, "www.amazon.com").classify(WEB)).isEqualTo(MatchClass.NONE);
      assertThat(of(PrincipalType.FEDERATED, "accounts.google.com").classify(FED)).isEqualTo(MatchClass.NONE);
      assertThat(of(PrincipalType.FEDERATED, "accounts.google.com").classify(ANON)).isEqualTo(MatchClass.NONE);
    }

    @Test
    void canonical_user_never_matches() {
      PrincipalMatcher m = of(PrincipalType.CANONICAL_USER,
          "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be");
      for (Principal p : List.of(ROOT, ALICE, SESSION, FED, LAMBDA, WEB, ANON)) {
        assertThat(m.classify(p)).as("%s", p).isEqualTo(MatchClass.NONE);
      }
    }

    @Test
    void strongest_class_wins_direct_over_wildcard_over_role_over_account() {
      assertThat(aws("111122223333", "arn:aws:iam::111122223333:user/team/alice").classify(ALICE))
          .isEqualTo(MatchClass.DIRECT);
      assertThat(aws("*", "arn:aws:iam::111122223333:user/team/alice").classify(ALICE)).isEqualTo(MatchClass.DIRECT);
      assertThat(aws("111122223333", "arn:aws:iam::111122223333:role/ops/Deploy").classify(SESSION))
          .isEqualTo(MatchClass.ROLE);
      assertThat(aws("arn:aws:iam::111122223333:role/ops/Deploy", "*").classify(SESSION))
          .isEqualTo(MatchClass.WILDCARD);
      Map<PrincipalType, OneOrMany<String>> mixed = new LinkedHashMap<>();
      mixed.put(PrincipalType.AWS, OneOrMany.one("*"));
      mixed.put(PrincipalType.SERVICE, OneOrMany.one("lambda.amazonaws.com"));
      assertThat(PrincipalMatcher.compile(PrincipalElement.of(mixed)).classify(LAMBDA)).isEqualTo(MatchClass.WILDCARD);
    }
  }

  @Nested
  @DisplayName("excludes, as NotPrincipal (S2.5, A7)")
  class Excludes {
    @Test
    void a_user_is_excluded_only_with_its_account_listed_too() {
      assertThat(aws("arn:aws:iam::111122223333:user/team/alice").excludes(ALICE)).isFalse();
      assertThat(aws("arn:aws:iam::111122223333:user/team/alice", "111122223333").excludes(ALICE)).isTrue();
      assertThat(aws("arn:aws:iam::111122223333:user/team/alice", "arn:aws:iam::111122223333:root").excludes(ALICE))
          .isTrue();
      assertThat(aws("AIDAJQABLZS4A3QDU576Q", "111122223333").excludes(ALICE)).as("by unique ID").isTrue();
    }

    @Test
    void listing_only_the_account_does_not_exclude_its_users() {
      assertThat(aws("111122223333").excludes(ALICE)).isFalse();
    }

    @Test
    void a_role_session_needs_session_role_and_account_listed() {
      String sessionArn = "arn:aws:sts::111122223333:assumed-role/Deploy/ci";
      String roleArn = "arn:aws:iam::111122223333:role/ops/Deploy";
      assertThat(aws(sessionArn, roleArn, "111122223333").excludes(SESSION)).isTrue();
      assertThat(aws(sessionArn, "111122223333").excludes(SESSION)).isFalse();
      assertThat(aws(roleArn, "111122223333").excludes(SESSION)).isFalse();
      assertThat(aws(sessionArn, roleArn).excludes(SESSION)).isFalse();
    }

    @Test
    void the_root_user_is_excluded_by_its_account() {
      assertThat(aws("111122223333").excludes(ROOT)).isTrue();
      assertThat(aws("444455556666").excludes(ROOT)).isFalse();
    }

    @Test
    void a_federated_user_needs_its_arn_and_account() {
      assertThat(aws("arn:aws:sts::111122223333:federated-user/bob", "111122223333").excludes(FED)).isTrue();
      assertThat(aws("arn:aws:sts::111122223333:federated-user/bob").excludes(FED)).isFalse();
    }

    @Test
    void a_service_is_excluded_by_its_name() {
      assertThat(of(PrincipalType.SERVICE, "LAMBDA.amazonaws.com").excludes(LAMBDA)).isTrue();
      assertThat(of(PrincipalType.SERVICE, "ec2.amazonaws.com").excludes(LAMBDA)).isFalse();
    }

    @Test
    void anonymous_callers_are_excluded_only_by_star() {
      // S2.5: "NotPrincipal": "*" excludes every caller, anonymous included; a list never excludes them.
      assertThat(PrincipalMatcher.compile(PrincipalElement.wildcard()).excludes(ANON)).isTrue();
      assertThat(aws("*").excludes(ANON)).isTrue();
      assertThat(aws("*").excludes(ALICE)).isTrue();
      assertThat(aws("arn:aws:iam::111122223333:user/alice", "111122223333").excludes(ANON)).isFalse();
    }

    @Test
    void a_user_listed_without_its_account_is_partly_listed() {
      // S2.5, A7: with Allow such a user is covered through its account only.
      assertThat(aws("arn:aws:iam::111122223333:user/team/alice").partlyLists(ALICE)).isTrue();
      // only the account listed: alice herself is unlisted, covered as by "*" (her account is listed, so no
      // coverage "through its unlisted account"); the reference evaluator reads S2.5 so (fuzz finding, issue 11)
      assertThat(aws("111122223333").partlyLists(ALICE)).isFalse();
      assertThat(aws("arn:aws:iam::111122223333:user/team/alice", "111122223333").partlyLists(ALICE)).isFalse();
      assertThat(aws("arn:aws:iam::111122223333:user/bob").partlyLists(ALICE)).isFalse();
      assertThat(aws("arn:aws:iam::111122223333:user/alice").partlyLists(ANON)).isFalse();
    }

    @Test
    void a_session_listed_without_its_role_or_account_is_partly_listed() {
      // S2.5: a listed session whose role or account is not listed is covered through its account only.
      String session = "arn:aws:sts::111122223333:assumed-role/Deploy/ci";
      String role = "arn:aws:iam::111122223333:role/ops/Deploy";
      assertThat(aws(session).partlyLists(SESSION)).isTrue();
      assertThat(aws(session, role).partlyLists(SESSION)).isTrue();
      assertThat(aws(session, role, "111122223333").partlyLists(SESSION)).isFalse();
      assertThat(aws(session, role, "111122223333").excludes(SESSION)).isTrue();
      // the federating user is not in the federated user's chain (fuzz finding, issue 11; reference evaluator)
      assertThat(aws("arn:aws:iam::111122223333:user/bob").partlyLists(FED)).isFalse();
      assertThat(of(PrincipalType.SERVICE, "lambda.amazonaws.com").partlyLists(LAMBDA)).isFalse();
    }
  }
}
