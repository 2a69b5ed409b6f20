package dev.iamkit.json.internal;

import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.json.Diagnostic;
import dev.iamkit.json.PolicyParseException;
import dev.iamkit.json.ReadLimits;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a world file (README, "Scenarios: users, roles and credentials") and builds its directory, checking
 * all of it first: the shape when read, what the directory requires when built. Problems name the JSON
 * pointer, line and column. Immutable and thread-safe.
 */
public final class WorldFileReader {
  private final JsonTreeReader trees;
  private final ReadLimits limits;

  /** A reader held to {@code limits}. */
  public WorldFileReader(ReadLimits limits) {
    this.limits = limits;
    this.trees = new JsonTreeReader(limits.maxFileChars(), limits);
  }

  /**
   * A world whose shape was read, ready to be built.
   *
   * @param spec what the file said
   * @param problems where the file's problems go (the file it was written in)
   * @param sourceName the name of that file, for messages
   */
  public record Read(WorldSpec.World spec, Problems problems, String sourceName) {
    /**
     * Builds the directory.
     *
     * @param warn whether to add the validator's warnings of the world's policies to {@link #warnings()} (only a
     *     caller that shows them should pay for them)
     * @throws PolicyParseException for the first thing the directory refuses, at its pointer
     */
    public Directory build(Clock clock, SecureRandom random, int passwordIterations, boolean warn) {
      Directory d = WorldDirectory.build(spec, problems, clock, random, passwordIterations, warn);
      ScenarioFileReader.throwFirst(problems, sourceName);
      if (d == null) {
        throw new IllegalStateException("a world without problems was not built");
      }
      return d;
    }

    /**
     * The warnings of the file the world was written in, in document order and naming that file: once the world
     * is built with warnings, the validator's warnings of its policies among them.
     */
    public List<Diagnostic> warnings() {
      return WorldFileReader.warnings(problems, sourceName);
    }
  }

  /** The warnings among {@code problems}, in document order, each naming {@code sourceName}. */
  static List<Diagnostic> warnings(Problems problems, String sourceName) {
    return problems.sorted().stream().filter(p -> !p.isError()).map(p -> Diagnostic.of(p).withFile(sourceName))
        .toList();
  }

  /**
   * Reads the shape of the world in {@code text}.
   *
   * @throws PolicyParseException for the first problem in document order, naming {@code sourceName}
   */
  public Read read(String text, String sourceName) {
    LineIndex lines = LineIndex.of(text);
    Problems problems = Problems.of(lines);
    Read read = null;
    if (text.length() > limits.maxFileChars()) {
      problems.error(ProblemCode.DOCUMENT_TOO_LARGE, Limits.tooLarge("a world file", "maxFileChars",
          limits.maxFileChars()), "", limits.maxFileChars());
    } else {
      JsonValue root = trees.read(text, "", problems).completeRoot();
      if (root != null) {
        read = inline(root, "", new Fields(text, problems, limits), sourceName);
      }
    }
    ScenarioFileReader.throwFirst(problems, sourceName);
    if (read == null) {
      throw new IllegalStateException("a world without problems was not read");
    }
    return read;
  }

  /** Reads the world at {@code v} inside another file; problems go to {@code fields}. Null when unusable. */
  static @Nullable Read inline(JsonValue v, String ptr, Fields fields, String sourceName) {
    WorldSpec.World spec = new WorldSpecReader(fields).read(v, ptr);
    if (spec != null && !withinEntities(spec, v, ptr, fields)) {
      return null;
    }
    return spec == null ? null : new Read(spec, fields.problems(), sourceName);
  }

  /**
   * Whether the world has at most {@link ReadLimits#maxEntities()} accounts, users, groups, roles, policies,
   * resources and organizational units; reports the world at {@code ptr} when it has more.
   */
  private static boolean withinEntities(WorldSpec.World spec, JsonValue v, String ptr, Fields fields) {
    WorldSpec.Org org = spec.organization();
    long n = spec.awsManaged().size() + (org == null ? 0 : units(org.root()));
    for (WorldSpec.Account a : spec.accounts()) {
      n += 1L + a.policies().size() + a.groups().size() + a.users().size() + a.roles().size() + a.resources().size();
    }
    int max = fields.limits().maxEntities();
    if (n <= max) {
      return true;
    }
    fields.problems().error(ProblemCode.DOCUMENT_TOO_LARGE, Limits.exceeded("Too many entities in one world: "
        + Limits.number(n) + " accounts, users, groups, roles, policies, resources and organizational units",
        "maxEntities", max), ptr, v.start());
    return false;
  }

  private static long units(WorldSpec.Unit u) {
    java.util.List<WorldSpec.Doc> scps = u.scps();
    long n = 1L + (scps == null ? 0 : scps.size()) + u.rcps().size();
    for (WorldSpec.Unit child : u.units()) {
      n += units(child);
    }
    return n;
  }
}
