package dev.iamkit.core.internal.condition;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.internal.TestRequests;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionOperator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("CompiledCondition (S3)")
class CompiledConditionTest {

  private static CompiledCondition compile(Condition c) {
    return CompiledCondition.compile(c, true);
  }

  @Nested
  @DisplayName("isAlwaysTrue")
  class AlwaysTrue {

    @Test
    @DisplayName("S1.10: true for {} and for operators without keys, false otherwise")
    void always_true() {
      assertThat(compile(Condition.empty()).isAlwaysTrue()).isTrue();
      assertThat(compile(Condition.builder().addEmpty(ConditionOperator.STRING_EQUALS).build()).isAlwaysTrue()).isTrue();
      assertThat(compile(Condition.builder().addEmpty(ConditionOperator.parse("Nope")).build()).isAlwaysTrue()).isTrue();
      assertThat(compile(Condition.builder().add(ConditionOperator.STRING_EQUALS, "k", "v").build()).isAlwaysTrue())
          .isFalse();
    }
  }

  @Nested
  @DisplayName("diagnostics")
  class Diagnostics {

    @Test
    @DisplayName("S3.14: messages name the operator and key and quote the bad value")
    void messages_quote_values() {
      CompiledCondition c = compile(Condition.builder().add(ConditionOperator.parse("NumericEquals"), "s3:max-keys", "ten")
          .build());
      ConditionCasesTest.Recorder r = new ConditionCasesTest.Recorder();
      assertThat(c.test(TestRequests.with("s3:max-keys", ContextValue.numeric(10)), r)).isFalse();
      assertThat(r.diagnostics).singleElement().asString()
          .contains("NumericEquals", "\"s3:max-keys\"", "\"ten\"", "S3.14");
    }

    @Test
    @DisplayName("S1.10: an unknown operator is reported by name")
    void unknown_operator() {
      CompiledCondition c = compile(Condition.builder().add(ConditionOperator.parse("StringEqualz"), "k", "v").build());
      ConditionCasesTest.Recorder r = new ConditionCasesTest.Recorder();
      assertThat(c.test(TestRequests.strings("k", "v"), r)).isFalse();
      assertThat(r.diagnostics).singleElement().asString().contains("\"StringEqualz\"", "\"k\"");
    }

    @Test
    @DisplayName("S4.5: an unresolvable variable is reported with its key and the key is reported missing")
    void unresolvable_variable() {
      CompiledCondition c = compile(Condition.builder()
          .add(ConditionOperator.STRING_EQUALS, "aws:ResourceTag/owner", "${aws:PrincipalTag/team}").build());
      ConditionCasesTest.Recorder r = new ConditionCasesTest.Recorder();
      assertThat(c.test(TestRequests.strings("aws:ResourceTag/owner", "blue"), r)).isFalse();
      assertThat(r.missing).containsExactly("aws:PrincipalTag/team");
      assertThat(r.diagnostics).singleElement().asString().contains("${aws:PrincipalTag/team}", "S4.5");
    }

    @Test
    @DisplayName("EvalListener.NONE accepts everything silently")
    void none_listener() {
      CompiledCondition c = compile(Condition.builder().add(ConditionOperator.parse("Bogus"), "k", "v").build());
      assertThat(c.test(TestRequests.empty(), EvalListener.NONE)).isFalse();
      EvalListener.NONE.missingKey("k");
      EvalListener.NONE.diagnostic("d");
      assertThat(EvalListener.NONE).hasToString("EvalListener.NONE");
    }
  }

  @Nested
  @DisplayName("short-circuit and missing keys")
  class Missing {

    @Test
    @DisplayName("S6.17: test() stops at the first false pair; collectMissingKeys still reports every absent key")
    void short_circuit() {
      CompiledCondition c = compile(Condition.builder()
          .add(ConditionOperator.STRING_EQUALS, "first", "x")
          .add(ConditionOperator.STRING_EQUALS, "second", "y")
          .build());
      ConditionCasesTest.Recorder r = new ConditionCasesTest.Recorder();
      assertThat(c.test(TestRequests.empty(), r)).isFalse();
      assertThat(r.missing).containsExactly("first");
      List<String> all = new ArrayList<>();
      c.collectMissingKeys(TestRequests.empty(), all::add);
      assertThat(all).containsExactly("first", "second");
    }

    @Test
    @DisplayName("S3.3: keys present in any case are not missing")
    void present_in_other_case() {
      CompiledCondition c = compile(Condition.builder().add(ConditionOperator.STRING_EQUALS, "AWS:SourceVpc", "v").build());
      List<String> all = new ArrayList<>();
      RequestContext r = TestRequests.strings("aws:sourcevpc", "v");
      c.collectMissingKeys(r, all::add);
      assertThat(all).isEmpty();
      assertThat(c.test(r, EvalListener.NONE)).isTrue();
    }
  }

  @Test
  @DisplayName("compiled conditions are reusable across requests and threads (no per-request state)")
  void reusable() {
    CompiledCondition c = compile(Condition.builder().add(ConditionOperator.STRING_LIKE, "s3:prefix", "home/${aws:username}/*")
        .build());
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      String user = "user" + t;
      Thread th = new Thread(() -> {
        try {
          RequestContext mine = TestRequests.strings("aws:username", user, "s3:prefix", "home/" + user + "/x");
          RequestContext other = TestRequests.strings("aws:username", user, "s3:prefix", "home/someone/x");
          for (int k = 0; k < 2_000; k++) {
            assertThat(c.test(mine, EvalListener.NONE)).isTrue();
            assertThat(c.test(other, EvalListener.NONE)).isFalse();
          }
        } catch (Throwable e) {
          errors.add(e);
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      try {
        th.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("null arguments are rejected")
  void nulls() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(Condition.class, Condition.empty())
        .setDefault(RequestContext.class, TestRequests.empty())
        .setDefault(EvalListener.class, EvalListener.NONE);
    npt.testAllPublicStaticMethods(CompiledCondition.class);
    npt.testAllPublicInstanceMethods(compile(Condition.empty()));
  }
}
