package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.json.Diagnostic;
import dev.iamkit.json.PolicyParseException;
import dev.iamkit.json.ReadLimits;
import dev.iamkit.json.ScenarioStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scenario file (README, "Scenarios: users, roles and credentials"): its world (inline, or a file
 * relative to the scenario), its start time and its steps, all checked before anything runs. Immutable and
 * thread-safe.
 */
public final class ScenarioFileReader {
  /** When a scenario starts unless it says otherwise. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  /**
   * The earliest start of a scenario: the Unix epoch. The request context gives {@code aws:EpochTime} as the seconds
   * since then, and IAM's clock never shows an earlier time; a start before it is refused when the file is read.
   */
  public static final Instant EARLIEST = Instant.EPOCH;

  /**
   * The latest time the scenario clock may show: the end of the last year with four digits, as IAM writes its times
   * (aws:CurrentTime, the expiry of temporary credentials) in ISO 8601 with a four-digit year. A start or an
   * {@code advanceClock} beyond it is refused when the file is read.
   */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  static final List<String> FILE_MEMBERS = List.of("world", "start", "steps");

  private final JsonTreeReader trees;
  private final ReadLimits limits;

  /** A reader held to {@code limits} (its world too). */
  public ScenarioFileReader(ReadLimits limits) {
    this.limits = limits;
    this.trees = new JsonTreeReader(limits.maxFileChars(), limits);
  }

  /**
   * A scenario as read.
   *
   * @param world the world, read and not yet built (it is built at the scenario's start)
   * @param start when the scenario starts
   * @param steps the steps
   * @param problems the problems of the scenario file (an inline world's too), which hold no errors
   * @param sourceName the name of the scenario file, for messages
   */
  public record Parsed(WorldFileReader.Read world, Instant start, List<ScenarioStep> steps, Problems problems,
      String sourceName) {
    /**
     * The warnings of the scenario file, then of its world file when it has its own, each in document order and
     * naming its file; once the world is built, they include the validator's warnings of the world's policies.
     */
    public List<Diagnostic> warnings() {
      List<Diagnostic> out = new ArrayList<>(WorldFileReader.warnings(problems, sourceName));
      if (world.problems() != problems) {
        out.addAll(world.warnings());
      }
      return out;
    }
  }

  /**
   * Reads and checks a whole scenario.
   *
   * @param baseDir the folder a world path is relative to, or null when the text has no file
   * @throws PolicyParseException for the first problem in document order, naming {@code sourceName} (or the
   *     world file)
   */
  public Parsed read(String text, String sourceName, @Nullable Path baseDir) {
    LineIndex lines = LineIndex.of(text);
    Problems problems = Problems.of(lines);
    Parsed parsed = null;
    if (text.length() > limits.maxFileChars()) {
      problems.error(ProblemCode.DOCUMENT_TOO_LARGE, Limits.tooLarge("a scenario file", "maxFileChars",
          limits.maxFileChars()), "", limits.maxFileChars());
    } else {
      JsonValue root = trees.read(text, "", problems).completeRoot();
      if (root != null) {
        parsed = file(root, new Fields(text, problems, limits), baseDir, sourceName);
      }
    }
    throwFirst(problems, sourceName);
    if (parsed == null) {
      throw new IllegalStateException("a scenario without problems was not read");
    }
    return parsed;
  }

  static void throwFirst(Problems problems, String sourceName) {
    PolicyProblem first = problems.sorted().stream().filter(PolicyProblem::isError).findFirst().orElse(null);
    if (first != null) {
      throw new PolicyParseException(first, sourceName);
    }
  }

  private @Nullable Parsed file(JsonValue root, Fields f, @Nullable Path baseDir, String sourceName) {
    JsonValue.Obj o = f.object(root, "", "a scenario object {\"world\": ..., \"start\": ..., \"steps\": [...]}");
    if (o == null) {
      return null;
    }
    Instant start = DEFAULT_START;
    List<ScenarioStep> steps = List.of();
    WorldFileReader.Read world = null;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child("", m.name());
      switch (m.name()) {
        case "world" -> world = world(m.value(), mp, f, baseDir, sourceName);
        case "start" -> {
          String s = f.string(m.value(), mp, "start");
          if (s != null) {
            try {
              start = Instant.parse(s);
              if (start.isBefore(EARLIEST) || start.isAfter(LATEST)) {
                f.invalid(ProblemCode.WRONG_TYPE, m.value(), mp, "The start " + IamException.quote(s) + " is "
                    + (start.isBefore(EARLIEST) ? "before " + EARLIEST : "after " + LATEST) + ": the scenario clock"
                    + " keeps between " + EARLIEST + " and " + LATEST + ", the times IAM's clock can show");
                start = DEFAULT_START;
              }
            } catch (DateTimeParseException e) {
              f.invalid(ProblemCode.WRONG_TYPE, m.value(), mp, "Expected start to be an ISO-8601 instant such as"
                  + " \"2026-01-01T00:00:00Z\", found " + IamException.quote(s));
            }
          }
        }
        case "steps" -> {
          if (!(m.value() instanceof JsonValue.Arr a)
              || Limits.count(a, mp, limits.maxSteps(), "maxSteps", "Too many steps in one scenario", f.problems())) {
            steps = new ScenarioStepReader(f).read(m.value(), mp);
          }
        }
        default -> f.unknown(m, "", FILE_MEMBERS, "a scenario");
      }
    }
    if (o.member("world") == null) {
      f.missing(o, "", "world", "a scenario (a world object, or the path of a world file)");
    }
    if (o.member("steps") == null) {
      f.missing(o, "", "steps", "a scenario");
    }
    JsonValue.Member stepsMember = o.member("steps");
    if (!f.problems().hasErrors() && stepsMember != null && stepsMember.value() instanceof JsonValue.Arr a) {
      clock(start, steps, a, f);
    }
    return world == null ? null : new Parsed(world, start, steps, f.problems(), sourceName);
  }

  /**
   * Refuses the first {@code advanceClock} that would take the clock past {@link #LATEST}. Called only when the
   * steps were read without errors, so that step {@code i} is element {@code i} of the array.
   */
  private static void clock(Instant start, List<ScenarioStep> steps, JsonValue.Arr a, Fields f) {
    Instant now = start;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).operation() instanceof ScenarioStep.AdvanceClock c) {
        if (c.by().compareTo(Duration.between(now, LATEST)) > 0) {
          String ptr = Pointers.child(Pointers.child("/steps", i), "advanceClock");
          JsonValue step = a.elements().get(i);
          JsonValue value = step instanceof JsonValue.Obj o && o.get("advanceClock") != null
              ? Objects.requireNonNull(o.get("advanceClock")) : step;
          f.invalid(ProblemCode.WRONG_TYPE, value, ptr, "advanceClock " + c.by() + " takes the scenario clock from "
              + now + " past " + LATEST + ": the scenario clock keeps between " + EARLIEST + " and " + LATEST
              + ", the times IAM's clock can show");
          return;
        }
        now = now.plus(c.by());
      }
    }
  }

  private WorldFileReader.@Nullable Read world(JsonValue v, String ptr, Fields f, @Nullable Path baseDir,
      String sourceName) {
    if (v instanceof JsonValue.Str s) {
      if (baseDir == null && !Path.of(s.value()).isAbsolute()) {
        f.invalid(ProblemCode.WRONG_TYPE, v, ptr, "A world path is relative to the scenario file, and this"
            + " scenario has none: give the world inline");
        return null;
      }
      Path file;
      try {
        file = baseDir == null ? Path.of(s.value()) : baseDir.resolve(s.value());
      } catch (RuntimeException e) {
        f.invalid(ProblemCode.WRONG_TYPE, v, ptr, "Invalid world path " + IamException.quote(s.value()));
        return null;
      }
      if (!Files.isRegularFile(file)) {
        f.invalid(ProblemCode.WRONG_TYPE, v, ptr, "Cannot read the world file " + IamException.quote(s.value())
            + (Files.isDirectory(file) ? ": a directory, not a world file" : ": no such file"));
        return null;
      }
      String text;
      try {
        text = SourceFiles.read(file, limits.maxFileChars(), "a world file", "maxFileChars");
      } catch (java.io.UncheckedIOException e) {
        f.invalid(ProblemCode.WRONG_TYPE, v, ptr, "Cannot read the world file " + IamException.quote(s.value()) + ": "
            + TextInput.reason(Objects.requireNonNull(e.getCause(), "an UncheckedIOException always has a cause")));
        return null;
      }
      if (f.problems().hasErrors()) {
        // report the scenario's own problems first
        throwFirst(f.problems(), sourceName);
      }
      return new WorldFileReader(limits).read(text, file.toString());
    }
    if (v instanceof JsonValue.Obj) {
      return WorldFileReader.inline(v, ptr, f, sourceName);
    }
    f.wrongType(v, ptr, "a world object, or the path of a world file relative to this scenario");
    return null;
  }
}
