package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.json.corpus.CorpusFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@code iam validate --size-limit none} over every AWS managed policy of the corpus (MAMIP's
 * {@code get-policy-version} output, one file per policy). Runs in the Maven profile {@code corpus}, which
 * sets {@code corpus.enabled=true} and {@code corpus.dir}; without it the class is reported as skipped. When enabled
 * it fails, never skips, if the folder is missing or empty. The corpus is GPL-3.0 and is never copied into
 * this repository.
 */
@EnabledIfSystemProperty(named = "corpus.enabled", matches = "true",
    disabledReason = "the managed-policy corpus runs in the Maven profile corpus (mvn -Pcorpus)")
class ManagedPolicyCorpusTest {

  /** The corpus files (the policies; {@code _meta/} holds MAMIP's lists and findings, not policies). */
  private static List<Path> corpusFiles() throws IOException {
    return CorpusFiles.list();
  }

  @Test
  @DisplayName("S1.13, S10.2: AWS accepted every managed policy, so iam validate finds no error in any (quota none)")
  void every_managed_policy_validates_without_errors() throws IOException {
    List<Path> files = corpusFiles();
    List<String> args = new ArrayList<>(List.of("validate", "--size-limit", "none"));
    files.forEach(f -> args.add(f.toString()));

    Cli.Result r = Cli.run(args.toArray(String[]::new));

    assertThat(r.outLines()).noneMatch(line -> line.contains(": error: "));
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.errLines()).last().asString().startsWith(files.size() + " files, 0 errors, ");
  }

  @Test
  @DisplayName("S1.1: every managed policy in get-policy-version form is checked as a policy, with positions")
  @SuppressWarnings("unchecked")
  void json_output_covers_the_wrapped_documents() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate", "--size-limit", "none", "--output", "json"));
    corpusFiles().forEach(f -> args.add(f.toString()));

    Cli.Result r = Cli.run(args.toArray(String[]::new));

    assertThat(r.status()).as(r.err()).isZero();
    Object parsed = MiniJson.parse(r.out());
    assertThat(parsed).isInstanceOf(List.class);
    assertThat((List<?>) parsed).allSatisfy(o -> assertThat((Map<String, Object>) o)
        .hasEntrySatisfying("line", line -> assertThat(line).isInstanceOf(BigDecimal.class))
        .hasEntrySatisfying("column", column -> assertThat(column).isInstanceOf(BigDecimal.class)));
  }
}
