package dev.iamkit.json.internal;

import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.json.PolicyParseException;
import java.security.SecureRandom;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Reads a world file (README, "Scenarios: users, roles and credentials") and builds its directory, checking
 * all of it first: the shape when read, what the directory requires when built. Problems name the JSON
 * pointer, line and column. Immutable and thread-safe.
 */
public final class WorldFileReader {
  /** Largest world file, in characters. */
  public static final int MAX_CHARS = 16 * 1_048_576;
  /** Deepest nesting of a world file. */
  public static final int MAX_DEPTH = 64;

  private final JsonTreeReader trees = new JsonTreeReader(MAX_CHARS, MAX_DEPTH);

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
     * @throws PolicyParseException for the first thing the directory refuses, at its pointer
     */
    public Directory build(Clock clock, SecureRandom random, int passwordIterations) {
      Directory d = WorldDirectory.build(spec, problems, clock, random, passwordIterations);
      ScenarioFileReader.throwFirst(problems, sourceName);
      if (d == null) {
        throw new IllegalStateException("a world without problems was not built");
      }
      return d;
    }
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
    if (text.length() > MAX_CHARS) {
      problems.error(ProblemCode.DOCUMENT_TOO_LARGE, PolicyDocumentReader.tooLarge(text.length(), MAX_CHARS)
          .replace("(maxDocumentChars)", "for a world file"), "", MAX_CHARS);
    } else {
      JsonValue root = trees.read(text, "", problems).completeRoot();
      if (root != null) {
        read = inline(root, "", new Fields(text, problems), sourceName);
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
    return spec == null ? null : new Read(spec, fields.problems(), sourceName);
  }
}
