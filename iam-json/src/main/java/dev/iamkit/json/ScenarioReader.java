package dev.iamkit.json;

import dev.iamkit.core.directory.Directory;
import dev.iamkit.json.internal.ScenarioClock;
import dev.iamkit.json.internal.ScenarioFileReader;
import dev.iamkit.json.internal.ScenarioRunner;
import dev.iamkit.json.internal.SourceFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads scenario files (README, "Scenarios: users, roles and credentials"). Immutable and thread-safe.
 *
 * <pre>{@code
 * {
 *   "world": "world.json",                 // a world object, or a world file relative to this file
 *   "start": "2026-01-01T00:00:00Z",       // optional; this is the default
 *   "steps": [
 *     {"signIn": {"account": "111122223333", "user": "alice", "password": "pw", "mfaCode": "valid"}, "as": "alice"},
 *     {"authenticate": {"accessKeyId": "AKIA...", "secretAccessKey": "..."}, "as": "alice-keys"},
 *     {"getSessionToken": {"caller": "alice-keys", "mfaCode": "valid"}, "as": "alice-mfa"},
 *     {"assumeRole": {"caller": "alice-keys", "roleArn": "arn:aws:iam::111122223333:role/Deployer",
 *                     "roleSessionName": "deploy"}, "as": "deployer"},
 *     {"assumeRole": {"service": "ec2.amazonaws.com", "roleArn": "...", "roleSessionName": "i-0abc"}, "as": "ec2"},
 *     {"authorize": {"caller": "deployer", "action": "ec2:StartInstances", "resource": "*"}, "expect": "allow"},
 *     {"advanceClock": "PT1H"},
 *     {"authenticate": {"credentialsOf": "deployer"}, "expect": "ExpiredToken"}
 *   ]
 * }
 * }</pre>
 *
 * <p>The whole file and its world are checked before anything runs: unknown members, wrong types, policy
 * shapes, {@code caller} and {@code credentialsOf} names that no earlier step's {@code as} gives, and
 * everything the directory refuses in the world (names, references, quotas, policy rules). The first
 * problem in document order is thrown as a {@link PolicyParseException} naming the file (the world file
 * for a problem there), line:column and JSON pointer. Step parameters keep their text: AWS's rules for
 * them apply when the step runs, so that breaking one is an outcome to expect ({@code ValidationError}).
 */
public final class ScenarioReader {
  private static final ScenarioReader STANDARD = new ScenarioReader(ReadLimits.standard());

  private final ScenarioFileReader files;
  private final ReadLimits limits;

  private ScenarioReader(ReadLimits limits) {
    this.limits = limits;
    this.files = new ScenarioFileReader(limits);
  }

  /** The reader. */
  public static ScenarioReader standard() {
    return STANDARD;
  }

  /**
   * This reader, held to {@code limits} instead: the scenario file and its world file to
   * {@link ReadLimits#maxFileChars()}, its steps to {@link ReadLimits#maxSteps()}, its world as
   * {@link WorldReader#withLimits(ReadLimits)} holds it, every value to the depth, string, member and element limits.
   */
  public ScenarioReader withLimits(ReadLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return new ScenarioReader(limits);
  }

  /** The limits this reader holds files to (by default {@link ReadLimits#standard()}). */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a UTF-8 scenario file; a world path in it is relative to the file's folder. A file certainly longer than
   * {@link ReadLimits#maxFileChars()} is refused from its size, before it is read.
   *
   * @throws PolicyParseException if anything in the file or its world is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public Scenario read(Path file) {
    Objects.requireNonNull(file, "file");
    String text = SourceFiles.read(file, limits.maxFileChars(), "a scenario file", "maxFileChars");
    Path dir = file.toAbsolutePath().getParent();
    return read(text, file.toString(), dir);
  }

  /**
   * Reads a scenario's text.
   *
   * @param json the text
   * @param sourceName a label for messages, usually the file path
   * @param baseDir the folder a world path is relative to, or null when the world must be inline
   * @throws PolicyParseException if anything in the text or its world is invalid
   */
  public Scenario read(String json, String sourceName, @Nullable Path baseDir) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sourceName, "sourceName");
    ScenarioFileReader.Parsed parsed = files.read(json, sourceName, baseDir);
    // the same text gives the same ids, secrets and tokens, wherever the file is read from
    String seed = json.length() + ":" + json.hashCode();
    Directory world = parsed.world().build(new ScenarioClock(parsed.start()),
        ScenarioRunner.seeded(seed + "/world"), ScenarioRunner.PASSWORD_ITERATIONS, true);
    return new Scenario(sourceName, world, parsed.start(), parsed.steps(), seed, parsed.warnings());
  }

  @Override
  public String toString() {
    return "ScenarioReader.standard()" + (limits.equals(ReadLimits.standard()) ? "" : ".withLimits(" + limits + ")");
  }
}
