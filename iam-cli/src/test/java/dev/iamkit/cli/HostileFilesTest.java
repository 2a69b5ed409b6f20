package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile files fed to {@code iam validate}, {@code iam simulate}, {@code iam scenario} (as the scenario and as its
 * world) and {@code iam compare} (issue 11 §3 "Exit codes
 * are one convention", §4 "Every message speaks iamkit's language"): each run ends with the convention's exit code
 * (validate: 1 for any document it cannot accept; simulate and scenario: 2 for any invalid input) and a short
 * message in iamkit's words that names the file once, never a Java class, a parser's wording or a stack frame.
 * The inputs are generated here, into a temporary folder, so that nothing large is checked in.
 */
class HostileFilesTest {
  /** One hostile input and the exit status each command must end with. */
  record Hostile(String name, byte[] bytes, int validate, int simulate, int scenario) {
    Hostile(String name, byte[] bytes) {
      this(name, bytes, 1, 2, 2);
    }

    Hostile(String name, String text) {
      this(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final String POLICY = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
      + "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";
  private static final String REQUEST = "{\"principal\": \"arn:aws:iam::111122223333:user/alice\", "
      + "\"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::b/k\", \"resourceAccount\": \"111122223333\"}";
  private static final String WORLD = "{\"accounts\": {\"111122223333\": {\"users\": {\"alice\": {}}}}}";

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] bytesOf(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, String b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static Stream<Hostile> hostile() {
    List<Hostile> h = new ArrayList<>();
    byte[] binary = new byte[512];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 131 + 7);
    }
    h.add(new Hostile("empty", new byte[0]));
    h.add(new Hostile("whitespace", " \n\t\r\n  "));
    h.add(new Hostile("binary", binary));
    h.add(new Hostile("zeros", new byte[64]));
    h.add(new Hostile("invalid-utf8", concat(bytes('{', '"', 'a', '"', ':', '"', 0xC3, 0x28), "\"}")));
    h.add(new Hostile("overlong-utf8", concat(bytes('{', '"', 0xC0, 0xAF, '"'), ": 1}")));
    h.add(new Hostile("utf8-bom", concat(bytes(0xEF, 0xBB, 0xBF), POLICY)));
    h.add(new Hostile("utf16le", concat(bytes(0xFF, 0xFE), "{")));
    h.add(new Hostile("utf16be", bytes(0xFE, 0xFF, 0, '{', 0, '}')));
    h.add(new Hostile("lone-surrogate", "{\"requests\": [{\"id\": \"\\ud800\"}], \"Statement\": \"\\udc00\"}"));
    h.add(new Hostile("nul-escape", "{\"requests\": [{\"id\": \"\\u0000\"}], \"Version\": \"\\u0000\"}"));
    h.add(new Hostile("raw-control-in-string", "{\"requests\": [{\"id\": \"a\u0001b\"}]}"));
    h.add(new Hostile("raw-nul-between-tokens", "{\u0000}"));
    h.add(new Hostile("deep-arrays", "[".repeat(100_000) + "]".repeat(100_000)));
    h.add(new Hostile("deep-objects", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)));
    h.add(new Hostile("deep-unclosed", "{\"requests\": " + "[".repeat(100_000)));
    h.add(new Hostile("five-mb-string", "{\"requests\": [{\"id\": \"" + "x".repeat(5_000_000) + "\"}]}"));
    h.add(new Hostile("duplicate-keys", "{\"requests\": [], \"requests\": []}"));
    h.add(new Hostile("huge-number", "{\"requests\": 1e999999}"));
    h.add(new Hostile("long-number", "{\"requests\": " + "9".repeat(5_000) + "}"));
    h.add(new Hostile("leading-zero", "{\"requests\": 0123}"));
    h.add(new Hostile("nan", "{\"requests\": NaN}"));
    h.add(new Hostile("trailing-garbage", "{\"requests\": []} trailing"));
    h.add(new Hostile("two-documents", "{} {}"));
    h.add(new Hostile("truncated", "{\"requests\": [{\"id\": \"a"));
    h.add(new Hostile("truncated-after-colon", "{\"requests\":"));
    h.add(new Hostile("unclosed-brackets", "{\"requests\": [}"));
    h.add(new Hostile("trailing-comma", "{\"requests\": [],}"));
    h.add(new Hostile("single-quotes", "{'requests': []}"));
    h.add(new Hostile("comment", "// hello\n{\"requests\": []}"));
    h.add(new Hostile("top-array", "[]"));
    h.add(new Hostile("top-number", "42"));
    h.add(new Hostile("top-string", "\"policy\""));
    h.add(new Hostile("top-null", "null"));
    h.add(new Hostile("bad-escape", "{\"requests\": \"\\q\"}"));
    // S4.1: AWS accepts "${" without "}" as literal text: a warning, printed, and the file is evaluated
    h.add(new Hostile("unterminated-variable", bytesOf("{\"policies\": {\"identity\": [{\"Version\": \"2012-10-17\", "
        + "\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::${aws:username\"}]}]}, "
        + "\"requests\": [" + REQUEST + "]}"), 1, 0, 2));
    // wrong types for every top-level member of a simulation file
    for (String member : List.of("\"policies\": 1, \"requests\": []", "\"policies\": [], \"requests\": []",
        "\"requests\": {}", "\"requests\": [1]", "\"requests\": [], \"managementAccount\": 7",
        "\"policies\": {\"identity\": {}}, \"requests\": []", "\"policies\": {\"scp\": [{}]}, \"requests\": []",
        "\"requests\": [" + REQUEST.replace("\"action\": \"s3:GetObject\"", "\"action\": 5") + "]",
        "\"requests\": [" + REQUEST.replace("}", ", \"context\": {\"aws:SourceIp\": \"not-an-ip\"}}") + "]",
        "\"requests\": [" + REQUEST.replace("}", ", \"context\": {\"s3:max-keys\": [1]}}") + "]")) {
      h.add(new Hostile("simulation-wrong-type-" + h.size(), "{" + member + "}"));
    }
    // wrong types for every top-level member of a scenario file
    for (String member : List.of("\"world\": 5, \"start\": \"2026-01-01T00:00:00Z\", \"steps\": []",
        "\"world\": " + WORLD + ", \"start\": 5, \"steps\": []",
        "\"world\": " + WORLD + ", \"start\": \"yesterday\", \"steps\": []",
        "\"world\": " + WORLD + ", \"start\": \"2026-01-01T00:00:00Z\", \"steps\": {}",
        "\"world\": " + WORLD + ", \"start\": \"2026-01-01T00:00:00Z\", \"steps\": [1]",
        "\"world\": {\"accounts\": []}, \"start\": \"2026-01-01T00:00:00Z\", \"steps\": []",
        "\"world\": \"missing-world.json\", \"start\": \"2026-01-01T00:00:00Z\", \"steps\": []")) {
      h.add(new Hostile("scenario-wrong-type-" + h.size(), "{" + member + "}"));
    }
    return h.stream();
  }

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static final Pattern STACK_FRAME = Pattern.compile("\\n\\s+at [\\w.$]+\\(");

  /** The output of a run is short, in iamkit's words, and names the file. */
  private static void assertShortAndOurs(Cli.Result r, Path file) {
    String all = r.out() + r.err();
    assertThat(all.length()).as("output length of %s", r).isLessThan(2_000);
    assertThat(all).as("%s", r)
        .contains(file.toString())
        .doesNotContain("Exception").doesNotContain("tools.jackson").doesNotContain("java.")
        .doesNotContain("com.fasterxml").doesNotContain("Unexpected character").doesNotContain("end-of-input")
        .doesNotContain("(code ").doesNotContain("close marker");
    assertThat(STACK_FRAME.matcher(all).find()).as("a stack frame in %s", r).isFalse();
    for (String line : all.split("\\R")) {
      assertThat(line.length()).as("line length in %s", r).isLessThan(500);
      // a path printed twice in one line, as in "cannot read X: X"
      assertThat(line.indexOf(file.toString())).as("%s", line)
          .isEqualTo(line.lastIndexOf(file.toString()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @DisplayName("iam validate: any document it cannot accept is a finding, exit 1, FILE:LINE:COL: error: ...")
  void validate(Hostile h) throws IOException {
    Path file = write(h.name() + ".json", h.bytes());
    Cli.Result r = Cli.run("validate", file.toString());
    assertThat(r.status()).as("%s", r).isEqualTo(h.validate());
    assertShortAndOurs(r, file);
    assertThat(r.outLines()).as("%s", r).isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith(file + ":"))
        .anySatisfy(line -> assertThat(line).contains(": error: "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @DisplayName("iam simulate: any invalid input is exit 2 with one line naming the file")
  void simulate(Hostile h) throws IOException {
    assertRefused(h, "simulate", ".sim.json", h.simulate(), "iam simulate: nothing was evaluated");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @DisplayName("iam scenario: any invalid input is exit 2 with one line naming the file")
  void scenario(Hostile h) throws IOException {
    assertRefused(h, "scenario", ".scenario.json", h.scenario(), "iam scenario: nothing was run");
  }

  /** The command refuses the file: {@code status}, one diagnostic line naming it, then {@code summary}. */
  private void assertRefused(Hostile h, String command, String suffix, int status, String summary)
      throws IOException {
    Path file = write(h.name() + suffix, h.bytes());
    Cli.Result r = Cli.run(command, file.toString());
    assertThat(r.status()).as("%s", r).isEqualTo(status);
    assertShortAndOurs(r, file);
    if (status == 0) {
      // accepted with a warning of the file, printed in the DiagnosticWriter format
      assertThat(r.out()).as("%s", r).contains(file + ":").contains(": warning: ").contains("[invalid-variable]");
      return;
    }
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).as("%s", r).hasSize(2);
    assertThat(r.errLines().get(0)).startsWith(file + ":").contains(": error: ");
    assertThat(r.errLines().get(1)).isEqualTo(summary);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @DisplayName("iam simulate --output json: the diagnostics of an invalid input, as JSON, exit 2")
  void simulate_json(Hostile h) throws IOException {
    Path file = write(h.name() + ".sim.json", h.bytes());
    Cli.Result r = Cli.run("simulate", "--output", "json", file.toString());
    assertThat(r.status()).as("%s", r).isEqualTo(h.simulate());
    assertThat(MiniJson.parse(r.out())).as("%s", r).isInstanceOf(java.util.Map.class);
    if (h.simulate() == 0) {
      // the warning of the file is listed under the top-level "warnings"
      assertThat(r.out()).containsPattern("\"code\"\\s*:\\s*\"invalid-variable\"");
    } else {
      assertThat(r.out()).contains("\"severity\":\"error\"");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @DisplayName("iam scenario: a hostile world file named by a scenario is exit 2, the world file named")
  void scenario_world(Hostile h) throws IOException {
    Path world = write(h.name() + ".world.json", h.bytes());
    Path file = write(h.name() + ".scenario.json", ("{\"world\": \"" + world.getFileName()
        + "\", \"start\": \"2026-01-01T00:00:00Z\", \"steps\": []}").getBytes(StandardCharsets.UTF_8));
    Cli.Result r = Cli.run("scenario", file.toString());
    assertThat(r.status()).as("%s", r).isEqualTo(2);
    assertShortAndOurs(r, world);
    assertThat(r.errLines()).as("%s", r).hasSize(2);
    assertThat(r.errLines().get(0)).startsWith(world + ":").contains(": error: ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @DisplayName("iam compare: a hostile OLD policy is exit 2, each line naming the file once")
  void compare(Hostile h) throws IOException {
    Path old = write(h.name() + ".json", h.bytes());
    Path newer = write("new.json", POLICY.getBytes(StandardCharsets.UTF_8));
    Cli.Result r = Cli.run("compare", old.toString(), newer.toString());
    assertThat(r.status()).as("%s", r).isEqualTo(2);
    assertShortAndOurs(r, old);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).as("%s", r).last().isEqualTo("iam compare: nothing was compared");
    assertThat(r.errLines().subList(0, r.errLines().size() - 1)).as("%s", r).isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith(old + ":").contains(": error: "));
  }

  @Test
  @DisplayName("S2.3: a pathological wildcard (*a*a*...*b) against a 100,000-character resource is decided")
  void pathological_wildcard_is_decided() throws IOException {
    String pattern = "arn:aws:s3:::b/" + "*a".repeat(100) + "*b";
    String resource = "arn:aws:s3:::b/" + "a".repeat(100_000);
    String sim = "{\"policies\": {\"identity\": [{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
        + "\"Action\": \"s3:GetObject\", \"Resource\": \"" + pattern + "\"}]}]}, \"requests\": ["
        + REQUEST.replace("arn:aws:s3:::b/k", resource).replace("}", ", \"expect\": \"implicit_deny\"}") + "]}";
    Path file = write("wildcards.sim.json", sim.getBytes(StandardCharsets.UTF_8));
    Cli.Result r = Cli.run("simulate", "--output", "json", file.toString());
    assertThat(r.status()).as("%s", r.err()).isEqualTo(0);
    assertThat(r.out()).containsPattern("\"decision\"\\s*:\\s*\"implicit_deny\"");
  }

  @Test
  @DisplayName("paths it cannot use: validate, simulate and scenario exit 2 naming the path once")
  void unusable_paths_exit_2() throws IOException {
    Path missing = dir.resolve("missing.json");
    Path empty = Files.createDirectories(dir.resolve("empty-folder"));
    for (String command : List.of("validate", "simulate", "scenario")) {
      for (Path path : List.of(missing, empty)) {
        Cli.Result r = Cli.run(command, path.toString());
        assertThat(r.status()).as("%s", r).isEqualTo(2);
        assertShortAndOurs(r, path);
      }
    }
  }
}
