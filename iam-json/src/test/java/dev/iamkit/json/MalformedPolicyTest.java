package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken policy documents, one per file in {@code src/test/resources/malformed/}, each rejected with the
 * right problem code, JSON pointer and line:column. The expectations are in {@code malformed/cases.txt},
 * which also names the section of docs/semantics.md each case comes from.
 */
class MalformedPolicyTest {
  private static final Path DIR = Path.of("src/test/resources/malformed");

  /** One row of cases.txt. */
  record Case(String file, String section, ProblemCode code, String pointer, SourcePosition position, String fragment) {
    @Override
    public String toString() {
      return section + " " + file;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("cases.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(" \\| ", -1);
      String[] pos = f[4].split(":");
      out.add(new Case(f[0], f[1], ProblemCode.valueOf(f[2].toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
          f[3].equals("\"\"") ? "" : f[3], new SourcePosition(Integer.parseInt(pos[0]), Integer.parseInt(pos[1])),
          f.length > 5 ? f[5] : ""));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("S1.1-S1.13: read(Path) rejects the document with code, pointer, line:column and the file name")
  void rejects_malformed_document(Case c) {
    Path file = DIR.resolve(c.file());
    assertThatThrownBy(() -> PolicyReader.standard().read(file))
        .isInstanceOfSatisfying(PolicyParseException.class, e -> {
          assertThat(e.code()).as("code").isEqualTo(c.code());
          assertThat(e.pointer()).as("pointer").isEqualTo(c.pointer());
          assertThat(e.position()).as("position").contains(c.position());
          assertThat(e.source()).contains(file.toString());
          assertThat(e.detail()).as("message").contains(c.fragment()).doesNotContain("Source: ");
          assertThat(e.getMessage()).startsWith(file + ": Invalid document at ")
              .contains("(line " + c.position().line() + ", column " + c.position().column() + ")");
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("S1.1-S1.13: readLenient reports the same first error, never throws, and never gives a valid policy")
  void lenient_reading_reports_the_same_error(Case c) throws IOException {
    ReadResult r = PolicyReader.standard().readLenient(DIR.resolve(c.file()));
    assertThat(r.hasErrors()).isTrue();
    PolicyProblem first = r.problems().stream().filter(PolicyProblem::isError).findFirst().orElseThrow();
    assertThat(first.code()).isEqualTo(c.code());
    assertThat(first.pointer()).isEqualTo(c.pointer());
    assertThat(first.position()).contains(c.position());
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.position()).isPresent());
  }

  @Test
  @DisplayName("every file in malformed/ has a row in cases.txt and the other way round; at least 45 cases")
  void table_and_folder_agree() throws IOException {
    Set<String> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed = cases().stream().map(Case::file).collect(Collectors.toCollection(TreeSet::new));
    assertThat(listed).isEqualTo(files);
    assertThat(cases()).hasSize(listed.size()).hasSizeGreaterThanOrEqualTo(45);
    assertThat(cases().stream().map(Case::code).distinct()).hasSizeGreaterThanOrEqualTo(11);
  }

  @Test
  @DisplayName("S1.1: 100,000 nested arrays are NESTING_TOO_DEEP at the 65th '[' (no stack overflow)")
  void rejects_100k_nested_arrays() {
    String text = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> PolicyReader.standard().read(text)).isInstanceOfSatisfying(PolicyParseException.class, e -> {
      assertThat(e.code()).isEqualTo(ProblemCode.NESTING_TOO_DEEP);
      assertThat(e.position()).contains(new SourcePosition(1, 65));
    });
  }

  @Test
  @DisplayName("S1.1: 100,000 nested objects inside a policy are NESTING_TOO_DEEP")
  void rejects_100k_nested_objects_in_a_condition() {
    String text = "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Condition\": "
        + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}}";
    assertThatThrownBy(() -> PolicyReader.standard().read(text)).isInstanceOfSatisfying(PolicyParseException.class, e -> {
      assertThat(e.code()).isEqualTo(ProblemCode.NESTING_TOO_DEEP);
      assertThat(e.pointer()).startsWith("/Statement/Condition/a/a/a");
      // the Condition object is level 3 and starts at column 63; each {"a": is 5 characters, so
      // level 65 is the 63rd of them
      assertThat(e.position()).contains(new SourcePosition(1, 63 + 62 * 5));
    });
  }

  @Test
  @DisplayName("S1.1: a document over maxDocumentChars is DOCUMENT_TOO_LARGE at the first character over the bound")
  void rejects_oversize_document() {
    String text = "{\"Statement\": [\n" + "{\"Effect\": \"Allow\", \"Action\": \"*\"},\n".repeat(40_000) + "]}";
    assertThat(text.length()).isGreaterThan(PolicyReader.DEFAULT_MAX_DOCUMENT_CHARS);
    assertThatThrownBy(() -> PolicyReader.standard().read(text)).isInstanceOfSatisfying(PolicyParseException.class, e -> {
      assertThat(e.code()).isEqualTo(ProblemCode.DOCUMENT_TOO_LARGE);
      assertThat(e.pointer()).isEmpty();
      int line = (PolicyReader.DEFAULT_MAX_DOCUMENT_CHARS - 16) / 36 + 2;
      int column = (PolicyReader.DEFAULT_MAX_DOCUMENT_CHARS - 16) % 36 + 1;
      assertThat(e.position()).contains(new SourcePosition(line, column));
    });
  }
}
