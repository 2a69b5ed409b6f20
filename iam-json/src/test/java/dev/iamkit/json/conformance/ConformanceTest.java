package dev.iamkit.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.json.Simulation;
import dev.iamkit.json.SimulationReader;
import dev.iamkit.json.SimulationRequest;
import dev.iamkit.json.SimulationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The evaluator's conformance suite: every request of every {@code *.sim.json} file in
 * {@code src/test/resources/conformance} must get the decision its {@code expect} states.
 *
 * <p>The case files are written from the specification ({@code docs/semantics.md}, sections S2-S6 and the
 * decisions A1-A22) and AWS's documentation, independently of the evaluator's code. Each file holds one
 * policy set and many requests; each request's {@code id} starts with the section it checks and states the
 * behaviour. A failing case prints the whole {@code Evaluation}.
 *
 * <p>The files are read with {@link SimulationReader#withoutValidation()}: they check how AWS decides, also with
 * policies AWS would not accept from a customer but evaluates all the same (the AWS-managed RCPFullAWSAccess, an
 * Allow in an RCP, S6.5; a 2008-10-17 policy without variables, S4; resources that match nothing, S2.2).
 */
class ConformanceTest {
  /** The clock of every run; cases that depend on dates give {@code aws:CurrentTime} explicitly. */
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final Pattern ID = Pattern.compile("S[0-9].*");
  private static final int MINIMUM_REQUESTS = 300;

  @TestFactory
  @DisplayName("S2-S6 every conformance request gets its expected decision")
  Stream<DynamicTest> every_request_gets_its_expected_decision() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : caseFiles()) {
      String name = file.getFileName().toString();
      List<SimulationResult> results;
      try {
        Simulation simulation = SimulationReader.withoutValidation().read(file);
        results = simulation.run(Evaluator.standard(), NOW);
      } catch (RuntimeException e) {
        // an unreadable file, or an evaluator that throws, fails as one test instead of hiding the rest
        tests.add(DynamicTest.dynamicTest(name + " :: (file)", () -> {
          throw e;
        }));
        continue;
      }
      for (SimulationResult result : results) {
        SimulationRequest request = result.request();
        String id = request.id().orElse("(no id)");
        tests.add(DynamicTest.dynamicTest(name + " :: " + id, () -> {
          assertThat(request.expected()).as("%s :: %s has an expect", name, id).isPresent();
          Decision expected = request.expected().orElseThrow();
          assertThat(result.evaluation().decision())
              .as(() -> name + " :: " + id + "\n  request: " + request.request() + "\n  evaluation: "
                  + result.evaluation())
              .isEqualTo(expected);
        }));
      }
    }
    return tests.stream();
  }

  @Test
  @DisplayName("every conformance request has an id naming its section (S + digit), unique in its file, and an expect")
  void every_request_has_a_section_id_and_an_expectation() {
    List<String> problems = new ArrayList<>();
    for (Path file : caseFiles()) {
      String name = file.getFileName().toString();
      Set<String> ids = new HashSet<>();
      for (SimulationRequest request : SimulationReader.withoutValidation().read(file).requests()) {
        String id = request.id().orElse(null);
        if (id == null || !ID.matcher(id).matches()) {
          problems.add(name + ": request " + request + " has no id starting with S and a digit");
        } else if (!ids.add(id)) {
          problems.add(name + ": id \"" + id + "\" occurs twice");
        }
        if (request.expected().isEmpty()) {
          problems.add(name + ": request " + id + " has no expect");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  @DisplayName("the conformance folder holds at least 300 requests")
  void the_folder_holds_at_least_300_requests() {
    int total = 0;
    for (Path file : caseFiles()) {
      total += SimulationReader.withoutValidation().read(file).requests().size();
    }
    assertThat(total).isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
  }

  @Test
  @DisplayName("every conformance file is named after its section")
  void every_file_is_named_after_its_section() {
    assertThat(caseFiles())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.getFileName().toString()).matches("S[0-9][0-9.]*-[a-z0-9-]+\\.sim\\.json"));
  }

  /** Every {@code *.sim.json} file of the conformance folder, sorted by name. */
  private static List<Path> caseFiles() {
    Path folder = folder();
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".sim.json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  private static Path folder() {
    URL url = ConformanceTest.class.getResource("/conformance");
    if (url != null && "file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("Bad resource URL " + url, e);
      }
    }
    return Path.of("src", "test", "resources", "conformance");
  }
}
