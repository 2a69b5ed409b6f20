package dev.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the repository's README.md compiles as written: its import lines become the
 * imports of a class, the rest the body of a method. So a snippet names everything it uses.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of(System.getProperty("user.dir")).resolveSibling("README.md");

  @TempDir
  Path out;

  /** The text of every {@code ```java} block, in order. */
  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : markdown.split("\n", -1)) {
      if (current == null && line.strip().equals("```java")) {
        current = new StringBuilder();
      } else if (current != null && line.strip().equals("```")) {
        blocks.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return blocks;
  }

  /** A compilation unit: the block's imports, then its other lines in a method body. */
  static String compilationUnit(String className, String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    return imports + "\nclass " + className + " {\n  static void snippet() throws Exception {\n" + body + "  }\n}\n";
  }

  @Test
  void the_readme_has_java_blocks() throws IOException {
    assertThat(javaBlocks(Files.readString(README))).hasSizeGreaterThanOrEqualTo(3);
  }

  @TestFactory
  Stream<DynamicTest> every_java_block_compiles() throws IOException {
    List<String> blocks = javaBlocks(Files.readString(README));
    String classPath = String.join(File.pathSeparator, System.getProperty("java.class.path", ""),
        System.getProperty("jdk.module.path", ""));
    return Stream.iterate(0, i -> i < blocks.size(), i -> i + 1).map(i -> DynamicTest.dynamicTest(
        "README java block " + (i + 1), () -> {
          String name = "ReadmeSnippet" + (i + 1);
          Path source = out.resolve(name + ".java");
          Files.writeString(source, compilationUnit(name, blocks.get(i)));
          ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
          ByteArrayOutputStream messages = new ByteArrayOutputStream();
          PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
          int status = javac.run(print, print, "-proc:none", "-d", out.resolve("classes").toString(), "-cp", classPath,
              source.toString());
          assertThat(status).as("javac of block %d:%n%s%n%s", i + 1, blocks.get(i),
              messages.toString(StandardCharsets.UTF_8)).isZero();
        }));
  }
}
