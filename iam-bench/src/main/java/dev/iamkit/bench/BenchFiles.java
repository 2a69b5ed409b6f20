package dev.iamkit.bench;

import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.json.Simulation;
import dev.iamkit.json.SimulationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The inputs of the benchmarks: files named by system properties (the launchers {@code iam-bench/run} and
 * {@code iam-bench/run-suite} set them), resources of this module, and the requests of a simulation prepared for
 * timing. A missing input stops the benchmark in its setup with a message naming the property.
 */
final class BenchFiles {
  /** The time of every request that does not give its own (the workload's requests give theirs). */
  static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  private BenchFiles() {}

  /** The file or folder the system property {@code property} names; fails with {@code what} when it is unset or missing. */
  static Path required(String property, String what) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("skipped: set -D" + property + "=PATH to " + what
          + " (iam-bench/run and iam-bench/run-suite set it)");
    }
    Path path = Path.of(value);
    if (!Files.exists(path)) {
      throw new IllegalStateException("skipped: " + what + " not found at " + path.toAbsolutePath()
          + " (-D" + property + ")");
    }
    return path;
  }

  /** The text of a resource beside this class. */
  static String resource(String name) {
    try (InputStream in = BenchFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from iam-bench");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code *.json} file in {@code folder} (not in its subfolders), sorted by path. */
  static List<Path> jsonFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
          .sorted().toList();
      if (found.isEmpty()) {
        throw new IllegalStateException("skipped: no *.json file in " + folder.toAbsolutePath());
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of {@code file}. */
  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A simulation's requests, ready to time: each with its policy set and its time keys at {@link #NOW}. */
  static final class Prepared {
    /** The policy set of request {@code i}. */
    final PolicySet[] policies;
    /** Request {@code i}. */
    final RequestContext[] requests;

    private Prepared(PolicySet[] policies, RequestContext[] requests) {
      this.policies = Objects.requireNonNull(policies, "policies");
      this.requests = Objects.requireNonNull(requests, "requests");
    }

    int size() {
      return requests.length;
    }

    /** An empty set, the value of a benchmark state before its setup. */
    static Prepared none() {
      return new Prepared(new PolicySet[0], new RequestContext[0]);
    }

    /**
     * The requests of {@code simulation}; fails unless every request with an {@code expect} is decided as
     * expected, so the benchmark always times correct decisions.
     */
    static Prepared of(Simulation simulation) {
      List<SimulationRequest> all = simulation.requests();
      PolicySet[] policies = new PolicySet[all.size()];
      RequestContext[] requests = new RequestContext[all.size()];
      Evaluator evaluator = Evaluator.standard();
      for (int i = 0; i < all.size(); i++) {
        SimulationRequest r = all.get(i);
        policies[i] = r.policies();
        requests[i] = r.request().toBuilder().withDefaultTimeKeys(NOW).build();
        Evaluation e = evaluator.evaluate(policies[i], requests[i]);
        if (r.expected().isPresent() && r.expected().get() != e.decision()) {
          throw new IllegalStateException(simulation.sourceName() + ": request " + r.id().orElse("#" + (i + 1))
              + " is decided " + e.decision().id() + ", expected " + r.expected().get().id());
        }
      }
      return new Prepared(policies, requests);
    }
  }
}
