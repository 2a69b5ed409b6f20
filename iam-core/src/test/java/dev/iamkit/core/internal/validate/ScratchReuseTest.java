package dev.iamkit.core.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.internal.catalog.ServiceCatalog;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.core.policy.Condition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The checks keep working storage per thread from one validation run to the next ({@link Scratch}: the spelled-action
 * lookup, the ARN field offsets, the recent service fields). None of it may carry a result over: validating policies
 * one after another, in any order, on one thread gives for each exactly the problems a fresh thread gives (S1.8,
 * S1.9, S1.10).
 */
class ScratchReuseTest {
  private static final List<PolicyValidator> VALIDATORS = List.of(PolicyValidator.standard(),
      PolicyValidator.builder().checkCatalog(false).build());

  /** Policies whose statements exercise the scratch: action lists of many lengths, ARNs of many services. */
  private static List<Policy> policies() {
    Random random = new Random(20261207L);
    String[] actions = {"s3:GetObject", "s3:Get*", "S3:getobject", "s3:NoSuchAction", "nosuch:Thing", "ec2:DescribeInstances",
        "ecs:ListClusters", "iam:PassRole", "iam:passrole", "s3:", "noprefix", "s3 :x", "kms:Decrypt\u212a", "*"};
    String[] resources = {"*", "arn:aws:s3:::b/*", "arn:aws:S3:us-east-1::b", "arn:aws:s3:us-east-1:1:accesspoint/x",
        "arn:aws:iam::123456789012:role/r", "arn:aws:IAM:us-east-1::user/x", "arn:aws:iam:::bogus", "arn:aws:ec2:*:*:x",
        "arn:aws:ecs:*:*:x", "arn:aws:sns:*:1:t", "arn:aws:sqs:*:1:q", "arn:aws:i\u0130m::1:user/x", "arn:aws::x",
        "arn:aws:*:::x", "arn:aws:s3::b", "arn:aws:s3:::${aws:username}", "arn:aws:s3:::${aws:TagKeys}",
        "arn:aws:s3:::b/${"};
    // Texts with variables, clean and not, the same texts again and again (the scratch remembers clean ones).
    String[] variables = {"${aws:username}", "${aws:TagKeys}", "${", "${bad}", "x${aws:userid}", "${aws:username}/${*}",
        "${aws:x, d}"};
    List<Policy> out = new ArrayList<>();
    for (int p = 0; p < 24; p++) {
      Policy.Builder policy = Policy.builder().version(p % 5 == 0 ? null : PolicyVersion.V2012_10_17).statementArray(p % 3 != 0);
      int statements = p % 3 == 0 ? 1 : 1 + random.nextInt(4);
      for (int s = 0; s < statements; s++) {
        // Lengths below and above the lookup's first capacity (16) and, once, above what it keeps (4096).
        int n = p == 7 && s == 0 ? 5000 : 1 + random.nextInt(p % 2 == 0 ? 40 : 6);
        String[] a = new String[n];
        for (int i = 0; i < n; i++) {
          a[i] = actions[random.nextInt(actions.length)];
        }
        String[] r = new String[1 + random.nextInt(8)];
        for (int i = 0; i < r.length; i++) {
          r[i] = resources[random.nextInt(resources.length)];
        }
        Statement.Builder b = Statement.builder().sid(s % 2 == 0 ? "Same" : "S" + s).effect(Effect.ALLOW).action(a).resource(r);
        if (random.nextBoolean()) {
          b.condition(Condition.builder().add(ConditionOperator.parse("StringEquals"), "aws:PrincipalTag/team", "a")
              .add(ConditionOperator.parse("ForAllValues:StringLike"), "aws:TagKeys",
                  variables[random.nextInt(variables.length)])
              .add(ConditionOperator.parse("Bogus"), "s3:prefix", "x").build());
        }
        policy.statement(b.build());
      }
      out.add(policy.build());
    }
    return out;
  }

  private static List<List<PolicyProblem>> validateAll(List<Policy> policies, List<Integer> order) {
    List<List<PolicyProblem>> out = new ArrayList<>(Collections.nCopies(policies.size(), List.of()));
    for (int i : order) {
      List<PolicyProblem> all = new ArrayList<>();
      for (PolicyValidator v : VALIDATORS) {
        for (PolicyKind kind : PolicyKind.values()) {
          all.addAll(v.validate(policies.get(i), kind));
        }
      }
      out.set(i, all);
    }
    return out;
  }

  /**
   * The problems of the policies, each validation (one policy, one validator, one kind) run on a thread of its own,
   * so that no memo of the scratch is warm from another kind, validator or policy.
   */
  private static List<List<PolicyProblem>> onFreshThreads(List<Policy> policies) throws InterruptedException {
    List<List<PolicyProblem>> out = new ArrayList<>();
    for (Policy policy : policies) {
      List<PolicyProblem> all = new ArrayList<>();
      for (PolicyValidator v : VALIDATORS) {
        for (PolicyKind kind : PolicyKind.values()) {
          AtomicReference<List<PolicyProblem>> result = new AtomicReference<>();
          Thread t = new Thread(() -> result.set(v.validate(policy, kind)));
          t.start();
          t.join();
          all.addAll(result.get());
        }
      }
      out.add(all);
    }
    return out;
  }

  @Test
  @DisplayName("S1.8, S1.9, S1.10: one thread validating policies in any order finds what a fresh thread finds for each")
  void reused_scratch_gives_the_problems_of_a_fresh_one() throws InterruptedException {
    List<Policy> policies = policies();
    List<List<PolicyProblem>> fresh = onFreshThreads(policies);
    assertThat(fresh.stream().mapToInt(List::size).sum()).as("the policies have problems to compare").isGreaterThan(1000);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < policies.size(); i++) {
      order.add(i);
    }
    for (int round = 0; round < 4; round++) {
      if (round == 1) {
        Collections.reverse(order);
      } else if (round > 1) {
        Collections.shuffle(order, new Random(round));
      }
      assertThat(validateAll(policies, order)).as("order " + order).isEqualTo(fresh);
    }
  }

  @Test
  @DisplayName("S1.8: a spelled-action lookup answers for its own texts only, after a longer or a shorter one")
  void spelled_lookup_answers_for_its_own_texts() {
    ServiceCatalog catalog = ServiceCatalog.instance();
    ServiceCatalog.SpelledLookup lookup = new ServiceCatalog.SpelledLookup();
    for (int i = 0; i < 5000; i++) {
      lookup.add(i % 2 == 0 ? "s3:GetObject" : "s3:getobject");
    }
    catalog.areSpelledActions(lookup);
    assertThat(lookup.size()).isEqualTo(5000);
    assertThat(lookup.found(0)).isTrue();
    assertThat(lookup.found(1)).isFalse();
    lookup.clear();
    lookup.add("s3:getobject");
    lookup.add("iam:PassRole");
    assertThat(lookup.found(1)).as("not looked up yet").isFalse();
    catalog.areSpelledActions(lookup);
    assertThat(lookup.size()).isEqualTo(2);
    assertThat(lookup.found(0)).isFalse();
    assertThat(lookup.found(1)).isTrue();
    assertThatThrownBy(() -> lookup.found(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
