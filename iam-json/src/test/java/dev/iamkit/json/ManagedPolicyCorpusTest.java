package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.SizeLimit;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.json.corpus.CorpusFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Reads every AWS managed policy of the corpus (MAMIP's {@code get-policy-version} output, one file per
 * policy) and checks that it parses and round-trips losslessly. Runs in the Maven profile {@code corpus},
 * which sets {@code corpus.enabled=true} and {@code corpus.dir}; without it the class is reported as skipped. When
 * enabled it fails, never skips, if the folder is missing or empty. The corpus is GPL-3.0 and is never
 * copied into this repository.
 */
@EnabledIfSystemProperty(named = "corpus.enabled", matches = "true",
    disabledReason = "the managed-policy corpus runs in the Maven profile corpus (mvn -Pcorpus)")
class ManagedPolicyCorpusTest {
  /** JSON-boolean condition values in the corpus (corpus README: 23 values in 14 policies). */
  private static final int BOOLEAN_VALUES = 23;
  private static final int POLICIES_WITH_BOOLEANS = 14;

  private static List<Path> corpusFiles() throws IOException {
    return CorpusFiles.list();
  }

  @Test
  @DisplayName("S1: every managed policy parses (wrapped form) and round-trips through both writers")
  void every_managed_policy_parses_and_round_trips() throws IOException {
    List<String> failures = new ArrayList<>();
    List<Path> files = corpusFiles();
    for (Path file : files) {
      try {
        Policy p = PolicyReader.standard().read(file);
        if (!PolicyReader.standard().read(PolicyWriter.pretty().write(p)).equals(p)) {
          failures.add(file.getFileName() + ": pretty round trip differs");
        }
        if (!PolicyReader.standard().read(PolicyWriter.compact().write(p)).equals(p)) {
          failures.add(file.getFileName() + ": compact round trip differs");
        }
        List<PolicyProblem> problems = PolicyReader.standard().readLenient(file).problems();
        if (!problems.isEmpty()) {
          failures.add(file.getFileName() + ": " + problems);
        }
      } catch (RuntimeException e) {
        failures.add(file.getFileName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).as("policies that failed (of %d)", files.size()).isEmpty();
    assertThat(files).hasSizeGreaterThan(1_000);
  }

  @Test
  @DisplayName("S1.11, S1.13, S10.2: every managed policy validates as an identity policy (no size limit) without errors")
  void every_managed_policy_validates_without_errors() throws IOException {
    // AWS does not hold its own managed policies to customer quotas (69 exceed 6,144 characters): size limit none.
    PolicyValidator validator = PolicyValidator.builder().sizeLimit(SizeLimit.NONE).build();
    List<String> failures = new ArrayList<>();
    int warnings = 0;
    List<Path> files = corpusFiles();
    for (Path file : files) {
      ReadResult r = PolicyReader.standard().readLenient(file);
      Policy p = r.policy().orElseThrow(() -> new AssertionError(file + " did not parse: " + r.problems()));
      for (PolicyProblem problem : validator.validate(p, PolicyKind.IDENTITY, r.documentText())) {
        if (problem.isError()) {
          failures.add(file.getFileName() + ": " + problem);
        } else {
          warnings++;
        }
      }
    }
    assertThat(failures).as("validation errors in AWS managed policies (of %d files)", files.size()).isEmpty();
    // Warnings are expected (ForAllValues with Allow on aws:TagKeys, retired services): they must not be errors.
    assertThat(warnings).isPositive();
  }

  @Test
  @DisplayName("S10.2: with the customer-managed quota, the oversize managed policies are reported as size-limit-exceeded")
  void oversize_managed_policies_exceed_the_customer_quota() throws IOException {
    int oversize = 0;
    for (Path file : corpusFiles()) {
      ReadResult r = PolicyReader.standard().readLenient(file);
      boolean exceeded = PolicyValidator.standard().validate(r.policy().orElseThrow(), PolicyKind.IDENTITY, r.documentText())
          .stream().anyMatch(pr -> pr.code() == dev.iamkit.core.policy.ProblemCode.SIZE_LIMIT_EXCEEDED);
      if (exceeded) {
        oversize++;
      }
    }
    // Corpus README: 69 documents exceed 6,144 characters minified; white space is not counted (S10.2, A4).
    assertThat(oversize).isEqualTo(69);
  }

  @Test
  @DisplayName("S1.10, S3.14: the 23 JSON-boolean condition values in 14 policies survive reading and writing")
  void boolean_condition_values_survive() throws IOException {
    Map<String, Integer> read = new TreeMap<>();
    Map<String, Integer> roundTripped = new TreeMap<>();
    for (Path file : corpusFiles()) {
      Policy p = PolicyReader.standard().read(file);
      int n = countBooleans(p);
      if (n > 0) {
        read.put(file.getFileName().toString(), n);
      }
      int m = countBooleans(PolicyReader.standard().read(PolicyWriter.compact().write(p)));
      if (m > 0) {
        roundTripped.put(file.getFileName().toString(), m);
      }
    }
    assertThat(read.values().stream().mapToInt(Integer::intValue).sum()).as("booleans in %s", read)
        .isEqualTo(BOOLEAN_VALUES);
    assertThat(read).hasSize(POLICIES_WITH_BOOLEANS);
    assertThat(roundTripped).isEqualTo(read);
  }

  @Test
  @DisplayName("S1.1: the largest managed policy (AWSSupportServiceRolePolicy, 243,027 bytes) fits the default bound")
  void largest_policy_fits_default_bound() throws IOException {
    Path largest = corpusFiles().stream().filter(p -> p.getFileName().toString().equals("AWSSupportServiceRolePolicy.json"))
        .findFirst().orElseThrow(() -> new AssertionError("AWSSupportServiceRolePolicy.json is not in the corpus"));
    assertThat(Files.size(largest)).isGreaterThan(200_000);
    ReadResult r = PolicyReader.standard().readLenient(largest);
    assertThat(r.problems()).isEmpty();
    assertThat(r.documentText()).startsWith("{").endsWith("}");
    assertThat(PolicyReader.standard().read(r.documentText())).isEqualTo(r.policy().orElseThrow());
  }

  private static int countBooleans(Policy p) {
    int n = 0;
    for (Statement s : p.statements()) {
      Condition c = s.condition().orElse(Condition.empty());
      for (var keys : c.operators().values()) {
        for (OneOrMany<ConditionValue> values : keys.values()) {
          for (ConditionValue v : values) {
            if (v.type() == ConditionValue.Type.BOOLEAN) {
              n++;
            }
          }
        }
      }
    }
    return n;
  }
}
