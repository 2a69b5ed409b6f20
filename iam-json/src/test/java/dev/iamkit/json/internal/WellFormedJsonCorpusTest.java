package dev.iamkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.json.corpus.CorpusFiles;
import dev.iamkit.json.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Over every AWS managed policy of the corpus, {@link JsonTreeReader}'s fast path answers and builds exactly the tree
 * of the Jackson path. Runs in the Maven profile {@code corpus}, which sets {@code corpus.enabled=true} and
 * {@code corpus.dir}; without it the class is reported as skipped. When enabled it fails, never skips, if the folder is
 * missing or empty. The corpus is GPL-3.0 and is never copied into this repository.
 */
@EnabledIfSystemProperty(named = "corpus.enabled", matches = "true",
    disabledReason = "the managed-policy corpus runs in the Maven profile corpus (mvn -Pcorpus)")
class WellFormedJsonCorpusTest {

  @Test
  @DisplayName("S1.1: on every managed policy the fast path answers with the Jackson path's tree")
  void the_fast_path_reads_every_managed_policy_as_jackson_does() throws IOException {
    ReadLimits limits = ReadLimits.standard();
    JsonTreeReader reader = new JsonTreeReader(limits.maxPolicyChars(), limits);
    List<String> failures = new ArrayList<>();
    List<Path> files = CorpusFiles.list();
    for (Path file : files) {
      String text = Files.readString(file);
      WellFormedJson scan = WellFormedJson.of(text, limits.maxDepth(), limits.maxStringChars(), limits.maxMembers(),
          limits.maxElements());
      JsonValue fast = scan.read(limits.maxPolicyChars());
      Problems problems = Problems.of(LineIndex.of(text));
      JsonValue jackson = reader.readWithJackson(text, "", problems).completeRoot();
      if (fast == null) {
        failures.add(file.getFileName() + ": the fast path gave up");
      } else if (!fast.equals(jackson) || !problems.sorted().isEmpty()) {
        failures.add(file.getFileName() + ": the trees differ " + problems.sorted());
      } else if (scan.plain() != CharacterCheck.isClean(text, fast)) {
        failures.add(file.getFileName() + ": the plain verdict differs");
      }
    }
    assertThat(failures).as("managed policies (of %d)", files.size()).isEmpty();
    assertThat(files).hasSizeGreaterThan(1_000);
  }
}
