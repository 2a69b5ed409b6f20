package dev.iamkit.json;

import dev.iamkit.core.credentials.PasswordHash;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.json.internal.SourceFiles;
import dev.iamkit.json.internal.WorldFileReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * Reads world files into a {@link Directory} (README, "Scenarios: users, roles and credentials"). Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * {
 *   "awsManagedPolicies": {"ReadOnlyAccess": {...}},
 *   "organization": {"id": "o-a1b2c3d4e5", "managementAccount": "999988887777",
 *                    "root": {"scps": {...}, "rcps": {...}, "accounts": [...], "units": {"Workloads": {...}}}},
 *   "accounts": {
 *     "111122223333": {
 *       "root": {"password": "...", "mfa": {"secret": "BASE32SEED"}},
 *       "policies": {"S3Read": {...}},
 *       "groups": {"Developers": {"path": "/", "policies": ["S3Read"], "inline": {"name": {...}}}},
 *       "users": {"alice": {"groups": ["Developers"], "policies": ["S3Read"], "boundary": "S3Read",
 *                           "password": "...", "accessKeys": [{"id": "AKIA...", "secret": "...", "status": "Active"}],
 *                           "mfa": {"secret": "..."}, "tags": {"team": "blue"}}},
 *       "roles": {"Deployer": {"trust": {...}, "policies": [], "maxSessionDuration": 3600}},
 *       "resources": {"arn:aws:s3:::reports": {"policy": {...}, "tags": {...}}}
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>The directory is built with IAM's own operations, so a world obeys every rule IAM applies: names and
 * paths, unique names ignoring case, quotas, policy validation per kind and size, references to policies
 * and groups that exist. The first problem, of shape or of content, is thrown as a
 * {@link PolicyParseException} naming the JSON pointer, line and column ({@code NoSuchEntity},
 * {@code MalformedPolicyDocument}... in the message for what IAM refuses).
 *
 * <p>Beyond the format, a password may be given as {@code "passwordHash"} (what
 * {@link WorldWriter#withSecrets()} writes), and an access key or MFA device without a secret gets a random
 * one nobody knows (what {@link WorldWriter#standard()} writes). An organization level without
 * {@code "scps"}, or with none listed, has {@code FullAWSAccess} (AWS keeps at least one SCP on every
 * target); {@code "FullAWSAccess": {}} names that policy.
 */
public final class WorldReader {
  private static final WorldReader STANDARD = new WorldReader(Clock.systemUTC(), null, PasswordHash.DEFAULT_ITERATIONS,
      ReadLimits.standard());

  private final WorldFileReader files;
  private final Clock clock;
  private final @org.jspecify.annotations.Nullable SecureRandom random;
  private final int passwordIterations;
  private final ReadLimits limits;

  private WorldReader(Clock clock, @org.jspecify.annotations.Nullable SecureRandom random, int passwordIterations,
      ReadLimits limits) {
    this.clock = clock;
    this.random = random;
    this.passwordIterations = passwordIterations;
    this.limits = limits;
    this.files = new WorldFileReader(limits);
  }

  /** A reader with the system clock (creation times), a fresh {@link SecureRandom} and the default PBKDF2 cost. */
  public static WorldReader standard() {
    return STANDARD;
  }

  /** A reader whose directories take creation times from {@code clock} and ids and salts from {@code random}. */
  public static WorldReader of(Clock clock, SecureRandom random, int passwordHashIterations) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    if (passwordHashIterations < PasswordHash.MIN_ITERATIONS) {
      throw new IllegalArgumentException("PBKDF2 iterations must be at least " + PasswordHash.MIN_ITERATIONS
          + ", found " + passwordHashIterations);
    }
    return new WorldReader(clock, random, passwordHashIterations, ReadLimits.standard());
  }

  /**
   * This reader, held to {@code limits} instead: the file to {@link ReadLimits#maxFileChars()}, the world to
   * {@link ReadLimits#maxEntities()}, each policy to {@link ReadLimits#maxPolicyChars()} and the statement and
   * value counts (AWS's quotas apply when the directory is built), every value to the depth, string, member and
   * element limits.
   */
  public WorldReader withLimits(ReadLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return new WorldReader(clock, random, passwordIterations, limits);
  }

  /** The limits this reader holds files to (by default {@link ReadLimits#standard()}). */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a UTF-8 world file; a file certainly longer than {@link ReadLimits#maxFileChars()} is refused from its
   * size, before it is read.
   *
   * @throws PolicyParseException if anything in the file is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public Directory read(Path file) {
    Objects.requireNonNull(file, "file");
    String text = SourceFiles.read(file, limits.maxFileChars(), "a world file", "maxFileChars");
    return read(text, file.toString());
  }

  /**
   * Reads a world's text.
   *
   * @param json the text
   * @param sourceName a label for messages, usually the file path
   * @throws PolicyParseException if anything in the text is invalid
   */
  public Directory read(String json, String sourceName) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sourceName, "sourceName");
    // a Directory carries no warnings: the validator's warnings of the world's policies are not computed here
    return files.read(json, sourceName).build(clock, random == null ? new SecureRandom() : random, passwordIterations,
        false);
  }

  @Override
  public String toString() {
    return "WorldReader[" + clock + ", " + passwordIterations + " PBKDF2 iterations"
        + (limits.equals(ReadLimits.standard()) ? "" : ", " + limits) + "]";
  }
}
