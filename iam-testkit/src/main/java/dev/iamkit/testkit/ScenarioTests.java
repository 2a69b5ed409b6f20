package dev.iamkit.testkit;

import dev.iamkit.core.IamException;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.json.Scenario;
import dev.iamkit.json.ScenarioOutcome;
import dev.iamkit.json.ScenarioReader;
import dev.iamkit.json.ScenarioReport;
import dev.iamkit.json.ScenarioStep;
import dev.iamkit.json.ScenarioStepResult;
import dev.iamkit.json.Simulation;
import dev.iamkit.json.SimulationReader;
import dev.iamkit.json.SimulationRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
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
 * <p>Files: simulation files ({@code *.sim.json}, the format of {@code iam simulate}), one test per request;
 * scenario files ({@code *.scenario.json}, a world and steps, the format of {@code iam scenario}), one test
 * per step named {@code step I: KIND as NAME}, failing with the step's position, operation, expected and
 * actual outcome and message; a scenario runs from its own start time, whatever {@code now} says. A file
 * that cannot be read gives a container with one failing test carrying the reader's message (file, line,
 * column, problem). Every evaluation of a simulation file is recorded in {@link IamCoverage}.
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
      return scenarioContainer(name, file);
    }
    Simulation simulation;
    try {
      simulation = SimulationReader.standard().read(file);
    } catch (IamException | UncheckedIOException e) {
      return failedRead(name, file, e);
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

  /**
   * One test per step of a scenario file, named {@code step I: KIND} (plus {@code as NAME} when the step
   * keeps a session); the scenario runs once, when its first test runs, from its own start time.
   */
  private static DynamicNode scenarioContainer(String name, Path file) {
    Scenario scenario;
    try {
      scenario = ScenarioReader.standard().read(file);
    } catch (IamException | UncheckedIOException e) {
      return failedRead(name, file, e);
    }
    ScenarioRun run = new ScenarioRun(scenario);
    List<DynamicTest> tests = new ArrayList<>();
    for (ScenarioStep step : scenario.steps()) {
      String id = stepName(step);
      URI source = file.toUri();
      tests.add(DynamicTest.dynamicTest(id, source, () -> {
        ScenarioStepResult r = run.report().steps().get(step.index());
        if (!r.passed()) {
          throw new AssertionError(explain(id, file, r));
        }
      }));
    }
    return DynamicContainer.dynamicContainer(name, file.toUri(), tests.stream());
  }

  private static DynamicNode failedRead(String name, Path file, RuntimeException e) {
    String message = e.getMessage();
    return DynamicContainer.dynamicContainer(name, file.toUri(), Stream.of(DynamicTest.dynamicTest("read", () -> {
      throw new AssertionError(message, e);
    })));
  }

  /** For example {@code step 3: assumeRole as deployer}. */
  static String stepName(ScenarioStep step) {
    return "step " + step.index() + ": " + step.operation().kind() + step.asName().map(a -> " as " + a).orElse("");
  }

  static String explain(String id, Path file, ScenarioStepResult r) {
    ScenarioStep step = r.step();
    return "Step \"" + id + "\" (" + file + ":" + step.position().line() + ":" + step.position().column() + ")"
        + System.lineSeparator() + "  " + step.operation() + System.lineSeparator()
        + "expected " + step.expectation().map(ScenarioOutcome::id).orElse(step.operation()
            instanceof ScenarioStep.Authorize ? "a decision" : "ok")
        + " but it ended with " + r.actual().id() + r.principalName().map(p -> " (as " + p + ")").orElse("")
        + " at " + r.at() + ": " + r.message();
  }

  /** Runs a scenario once, on first demand, for all of its step tests. */
  private static final class ScenarioRun {
    private final Scenario scenario;
    private @Nullable ScenarioReport report;

    ScenarioRun(Scenario scenario) {
      this.scenario = scenario;
    }

    synchronized ScenarioReport report() {
      ScenarioReport r = report;
      if (r == null) {
        r = scenario.run();
        report = r;
      }
      return r;
    }
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
