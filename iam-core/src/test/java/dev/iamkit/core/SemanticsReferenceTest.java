package dev.iamkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule (S1.1 ...) and deviation (A1 ...) that the repository cites is defined in {@code docs/semantics.md},
 * the user-facing semantics reference. Reads the repository's files relative to this module's folder (Surefire runs
 * tests there): the sources, tests and test resources of every module, the README and the examples.
 */
class SemanticsReferenceTest {

  /** An identifier standing alone: not inside a word, a number or a dotted name. */
  private static final Pattern CITED =
      Pattern.compile("(?<![\\w.\\-/])(S\\d{1,2}(?:\\.\\d{1,2})?|A\\d{1,2})(?![\\w\\-]|\\.\\d)");
  /** A heading ({@code ### S1.5 Sid}) or a list entry ({@code - **A7 ...}) of the reference defines an identifier. */
  private static final Pattern DEFINED =
      Pattern.compile("^(?:#{2,4} |- \\*\\*)(S\\d{1,2}(?:\\.\\d{1,2})?|A\\d{1,2})\\b", Pattern.MULTILINE);
  /** Statements in test resources are named like rules (a Sid of S and digits): names, not citations. */
  private static final Pattern SID_LINE = Pattern.compile("\"Sid\"\\s*:");
  private static final Set<String> SCANNED_EXTENSIONS = Set.of(".java", ".json", ".md", ".txt", ".cases", ".properties");

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path REFERENCE = ROOT.resolve("docs/semantics.md");

  @Test
  void every_cited_identifier_is_defined_in_docs_semantics_md() throws IOException {
    Set<String> defined = defined();
    List<String> undefined = new ArrayList<>();
    for (Path file : scannedFiles()) {
      // Latin-1 reads any byte: some test resources are deliberately not UTF-8; identifiers are ASCII.
      List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (SID_LINE.matcher(line).find()) {
          continue;
        }
        Matcher m = CITED.matcher(line);
        while (m.find()) {
          if (!defined.contains(m.group(1))) {
            undefined.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(undefined).as("identifiers cited but not defined in %s", ROOT.relativize(REFERENCE)).isEmpty();
  }

  @Test
  void the_reference_defines_every_deviation_and_the_rules_other_lanes_cite() throws IOException {
    Set<String> defined = defined();
    for (int a = 1; a <= 22; a++) {
      assertThat(defined).contains("A" + a);
    }
    assertThat(defined).contains("S1.1", "S1.5", "S2.5", "S3.6", "S3.14", "S6.3", "S6.16", "S7", "S8", "S10.2", "S12");
  }

  @Test
  void the_scan_sees_the_sources_tests_and_readme() {
    List<Path> files = scannedFiles();
    assertThat(files).contains(ROOT.resolve("README.md"));
    assertThat(files).anyMatch(p -> p.endsWith(Path.of("dev/iamkit/core/eval/package-info.java")));
    assertThat(files).anyMatch(p -> p.toString().contains("src" + java.io.File.separator + "test"));
  }

  private static Set<String> defined() throws IOException {
    assertThat(REFERENCE).as("the semantics reference").isRegularFile();
    Set<String> ids = new TreeSet<>();
    Matcher m = DEFINED.matcher(Files.readString(REFERENCE, StandardCharsets.UTF_8));
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** README, docs, examples, and src/ of every module (never target/). */
  private static List<Path> scannedFiles() {
    List<Path> roots = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("docs"), ROOT.resolve("examples")));
    try (Stream<Path> modules = Files.list(ROOT)) {
      modules.filter(p -> p.getFileName().toString().startsWith("iam-")).map(p -> p.resolve("src")).forEach(roots::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).filter(SemanticsReferenceTest::scanned).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static boolean scanned(Path file) {
    String name = file.getFileName().toString();
    return SCANNED_EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
