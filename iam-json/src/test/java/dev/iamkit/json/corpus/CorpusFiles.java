package dev.iamkit.json.corpus;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of the AWS managed-policy corpus for the tests of the Maven profile {@code corpus}: the {@code *.json}
 * files of the folder {@code corpus.dir}, sorted. Fails, never skips, when the folder is not set, missing or empty.
 *
 * <p>The one lookup of that folder: iam-json publishes it in its test-jar, which iam-cli's corpus tests use
 * test-scoped. Its package is not one of the module {@code dev.iamkit.json}, so that it can be read from the class
 * path by the tests of another module.
 */
public final class CorpusFiles {
  private CorpusFiles() {}

  /** The corpus files, sorted by name. */
  public static List<Path> list() throws IOException {
    String dir = System.getProperty("corpus.dir");
    if (dir == null || dir.isBlank()) {
      fail("corpus.enabled is true but corpus.dir is not set: pass -Dcorpus.dir=/path/to/aws-managed-policies");
    }
    Path folder = Path.of(dir);
    if (!Files.isDirectory(folder)) {
      fail("corpus.dir " + folder.toAbsolutePath() + " is not a folder: the managed-policy corpus is missing");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    }
    if (files.isEmpty()) {
      fail("corpus.dir " + folder.toAbsolutePath() + " holds no *.json files");
    }
    return files;
  }
}
