package dev.iamkit.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The statement index (S2.1) against a linear scan: for generated policies whose Action and NotAction entries mix
 * exact names, wildcards, {@code *}, other cases and malformed entries, the candidates of a request are a superset
 * of the statements whose action part matches it, each at most once, in policy then document order, and the
 * shortcut each candidate carries tests the action part exactly as the statement does.
 */
class StatementIndexProperties {
  private static final long SEED = 0x1d3e_2026L;

  /** Entries written in policies: exact, wildcard, other case, other service, everything, malformed (S1.8). */
  private static final List<String> ENTRIES = List.of("s3:GetObject", "s3:getobject", "S3:GETOBJECT", "s3:Get*",
      "s3:*", "s3:PutObject", "s3:Get?bject", "ec2:StartInstances", "ec2:*", "iam:Get*", "sqs:SendMessage", "*",
      "s*:GetObject", "s3:Get Object", "s3", "s3:a:b", "kms:Decrypt", "KMS:*");
  /** Request actions: every service above, in several cases, some named by no entry. */
  private static final List<String> REQUESTS = List.of("s3:GetObject", "S3:getObject", "s3:PutObject",
      "s3:ListBucket", "ec2:StartInstances", "EC2:stopinstances", "iam:GetUser", "sqs:SendMessage", "kms:Decrypt",
      "lambda:InvokeFunction", "s3:Get?bject", "s3:GetXbject");

  private static Gen<List<String>> entries() {
    return lists().of(integers().between(0, ENTRIES.size() - 1).map(ENTRIES::get)).ofSizeBetween(0, 4);
  }

  /** How a statement names actions: 0 Action only, 1 NotAction only, 2 both, 3 neither. */
  private static Gen<Statement> statements() {
    return integers().between(0, 9).zip(entries(), entries(), (shape, action, notAction) -> {
      Statement.Builder b = Statement.builder().effect(shape % 2 == 0 ? Effect.ALLOW : Effect.DENY).resource("*");
      int form = shape < 6 ? 0 : shape - 6;
      if (form == 0 || form == 2) {
        b.action(OneOrMany.list(action.stream().map(Action::of).toList()));
      }
      if (form == 1 || form == 2) {
        b.notAction(OneOrMany.list(notAction.stream().map(Action::of).toList()));
      }
      return b.build();
    });
  }

  private static Gen<List<CompiledPolicy>> policies() {
    return lists().of(lists().of(statements()).ofSizeBetween(1, 5)).ofSizeBetween(0, 4).map(list -> {
      List<CompiledPolicy> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Policy p = Policy.builder().version(PolicyVersion.V2012_10_17).statements(list.get(i)).build();
        out.add(new CompiledPolicy(new NamedPolicy("p" + i, p), PolicyKind.IDENTITY, 0, i));
      }
      return out;
    });
  }

  @Test
  void candidates_hold_every_statement_whose_action_part_matches_once_and_in_order() {
    qt().withFixedSeed(SEED).withExamples(3_000)
        .forAll(policies(), integers().between(0, REQUESTS.size() - 1).map(REQUESTS::get))
        .checkAssert((policies, action) -> {
          String lower = action.toLowerCase(Locale.ROOT);
          int colon = lower.indexOf(':');
          String service = lower.substring(0, colon);
          StatementIndex index = StatementIndex.of(policies);
          StatementIndex.Candidate[] candidates = index.candidates(lower, service);

          Set<CompiledStatement> seen = new HashSet<>();
          CompiledStatement previous = null;
          for (StatementIndex.Candidate c : candidates) {
            assertThat(seen.add(c.statement)).as("visited once: %s", c).isTrue();
            assertThat(c.actionMatches(lower, service, colon)).as("shortcut of %s for %s", c, action)
                .isEqualTo(c.statement.actionMatches(lower, service, colon));
            if (previous != null) {
              assertThat(previous.policyOrder < c.statement.policyOrder
                  || (previous.policyOrder == c.statement.policyOrder && previous.index < c.statement.index))
                  .as("order of %s after %s", c, previous.label).isTrue();
            }
            previous = c.statement;
          }
          for (CompiledPolicy p : policies) {
            for (CompiledStatement s : p.statements) {
              if (s.actionMatches(lower, service, colon) || !s.hasActionPart()) {
                assertThat(seen).as("%s for %s in %s", s.label, action, index).contains(s);
              }
            }
          }
        });
  }

  @Test
  void an_index_of_no_policy_has_no_candidate() {
    assertThat(StatementIndex.of(List.of()).candidates("s3:getobject", "s3")).isEmpty();
    assertThat(StatementIndex.of(List.of()).isEmpty()).isTrue();
  }
}
