package dev.iamkit.testkit;

import dev.iamkit.core.IamException;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.json.Simulation;
import dev.iamkit.json.SimulationReader;
import dev.iamkit.json.SimulationRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.jspecify.annotations.Nullable;

/**
 * Expectations kept as files, run as JUnit 5 dynamic tests: one container per file under a folder and one
 * test per request, named by its id, failing with the explanation (request, expected and actual decision,
 * deciding statements, missing context keys). Policy repositories keep their expectations next to their
 * policies and need one test method:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> policies() {
 *   return ScenarioTests.from(Path.of("src/test/resources/iam"));
 * }
 * }</pre>
 *
 * <p>Files: simulation files ({@code *.sim.json}, the format of {@code iam simulate}). Scenario files
 * ({@code *.scenario.json}, a world and steps) arrive with iamkit's directory support: each file kind has its
 * own branch here, so {@code from} will pick them up without a change for callers; until then such a file
 * gives a container whose test is aborted (shown as skipped) saying so. A file that cannot be read gives a
 * container with one failing test carrying the reader's message (file, line, column, problem). Every
 * evaluation is recorded in {@link IamCoverage}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScenarioTests {
  /** The suffix of simulation files. */
  public static final String SIMULATION_SUFFIX = ".sim.json";
  /** The suffix of scenario files (directory worlds and steps). */
  public static final String SCENARIO_SUFFIX = ".scenario.json";

  private ScenarioTests() {}

  /**
   * Dynamic tests for every simulation (and scenario) file under {@code path} (a folder, walked in name
   * order, or one file), with {@code aws:CurrentTime} from the clock when the test runs unless a request
   * gives it.
   *
   * @throws IllegalArgumentException if {@code path} does not exist
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static Stream<DynamicNode> from(Path path) {
    return nodes(path, null);
  }

  /** As {@link #from(Path)}, with every request made at {@code now} unless it gives {@code aws:CurrentTime}. */
  public static Stream<DynamicNode> from(Path path, Instant now) {
    return nodes(path, Objects.requireNonNull(now, "now"));
  }

  private static Stream<DynamicNode> nodes(Path path, @Nullable Instant now) {
    Objects.requireNonNull(path, "path");
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("No such file or folder: " + path.toAbsolutePath());
    }
    List<Path> files = files(path);
    if (files.isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest("no " + SIMULATION_SUFFIX + " file under " + path, () -> {
        throw new AssertionError("Expected " + SIMULATION_SUFFIX + " or " + SCENARIO_SUFFIX + " files under "
            + path.toAbsolutePath() + " but found none");
      }));
    }
    Path parent = path.getParent();
    Path base = Files.isDirectory(path) ? path : parent == null ? Path.of("") : parent;
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path f : files) {
      nodes.add(container(base.relativize(f).toString().replace('\\', '/'), f, now));
    }
    return nodes.stream();
  }

  private static List<Path> files(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile).filter(ScenarioTests::isExpectationFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + path + ": " + e.getMessage(), e);
    }
  }

  private static boolean isExpectationFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(SIMULATION_SUFFIX) || name.endsWith(SCENARIO_SUFFIX);
  }

  private static DynamicNode container(String name, Path file, @Nullable Instant now) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SCENARIO_SUFFIX)) {
      return DynamicContainer.dynamicContainer(name, file.toUri(), Stream.of(DynamicTest.dynamicTest("scenario",
          () -> Assumptions.abort("Scenario files need iamkit's directory support, which this iam-testkit does not"
              + " have yet: " + file))));
    }
    Simulation simulation;
    try {
      simulation = SimulationReader.standard().read(file);
    } catch (IamException | UncheckedIOException e) {
      String message = e.getMessage();
      return DynamicContainer.dynamicContainer(name, file.toUri(), Stream.of(DynamicTest.dynamicTest("read", () -> {
        throw new AssertionError(message, e);
      })));
    }
    List<DynamicTest> tests = new ArrayList<>();
    List<SimulationRequest> requests = simulation.requests();
    for (int i = 0; i < requests.size(); i++) {
      SimulationRequest r = requests.get(i);
      String id = r.id().orElse("request " + i + ": " + r.request().action() + " on " + r.request().resource());
      String where = file + r.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("");
      tests.add(DynamicTest.dynamicTest(id, file.toUri(), () -> run(id, where, r, now)));
    }
    return DynamicContainer.dynamicContainer(name, file.toUri(), tests.stream());
  }

  private static void run(String id, String where, SimulationRequest r, @Nullable Instant now) {
    RequestContext request = r.request().toBuilder().withDefaultTimeKeys(now == null ? Instant.now() : now).build();
    Evaluation e = Evaluator.standard().evaluate(r.policies(), request);
    IamCoverage.record(r.policies(), e);
    if (r.expected().isPresent() && r.expected().get() != e.decision()) {
      throw new AssertionError(explain(id, where, request, r, e));
    }
  }

  static String explain(String id, String where, RequestContext request, SimulationRequest r, Evaluation e) {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    sb.append("Request \"").append(id).append("\" (").append(where).append(')').append(nl);
    sb.append("  principal: ").append(request.principal().principalArn().map(Object::toString)
        .orElse(request.principal().toString())).append(nl);
    sb.append("  action:    ").append(request.action()).append(nl);
    sb.append("  resource:  ").append(request.resource()).append(nl);
    sb.append("expected ").append(r.expected().map(d -> d.id()).orElse("nothing"))
        .append(" but the decision was ").append(e).append(nl);
    String policies = RequestGenerators.describe(r.policies());
    sb.append("policies:").append(policies, "PolicySet{".length(), policies.length() - 2);
    return sb.toString();
  }
}
