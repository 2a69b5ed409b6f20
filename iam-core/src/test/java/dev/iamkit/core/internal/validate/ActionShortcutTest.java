package dev.iamkit.core.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.internal.catalog.ServiceCatalog;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link ActionChecks#checkAll} skips the checks of an action spelled exactly as the service reference spells it; that
 * is sound only if every such action passes all of {@link ActionChecks#checkFully} (S1.8): this test runs the full checks on every one.
 */
class ActionShortcutTest {
  @Test
  @DisplayName("S1.8: every catalogue action as spelled passes every action check, catalogue on or off, in every kind")
  void every_spelled_action_passes_the_full_checks() {
    ServiceCatalog catalog = ServiceCatalog.instance();
    Policy policy = Policy.builder().version(PolicyVersion.V2012_10_17)
        .statement(Statement.builder().effect(dev.iamkit.core.policy.Effect.ALLOW).action("s3:GetObject").resource("*").build()).build();
    int checked = 0;
    for (PolicyKind kind : PolicyKind.values()) {
      for (boolean checkCatalog : new boolean[] {true, false}) {
        Context ctx = new Context(policy, kind, checkCatalog);
        ctx.enterStatement(0);
        for (String service : catalog.services()) {
          for (String name : catalog.actionNames(service)) {
            String action = service + ":" + name;
            assertThat(catalog.isSpelledAction(action)).as(action).isTrue();
            ActionChecks.checkFully(ctx, action, 0, "NotAction", false);
            if (kind != PolicyKind.TRUST) {
              ActionChecks.checkFully(ctx, action, 0, "Action", false);
            }
            checked++;
          }
        }
        assertThat(ctx.problems.toList()).as(kind + " catalogue " + checkCatalog).isEmpty();
      }
    }
    assertThat(checked).isGreaterThan(300_000);
  }
}
