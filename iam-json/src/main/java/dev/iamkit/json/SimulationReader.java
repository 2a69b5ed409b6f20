package dev.iamkit.json;

import dev.iamkit.json.internal.SimulationFileReader;
import dev.iamkit.json.internal.SourceFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads simulation files (ARCHITECTURE.md, "Simulation file"): policies by kind and requests with their
 * expected decisions. Immutable and thread-safe.
 *
 * <p>The whole file is checked before anything runs: unknown members, wrong types, policy documents that
 * do not have the policy grammar's shape (S1), principals, actions, resources, resource accounts,
 * expectations and context values, and missing required members. The first problem in document order is
 * thrown as a {@link PolicyParseException} naming the file, line:column and JSON pointer.
 *
 * <pre>{@code
 * {
 *   "policies": {
 *     "identity": [ {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}} ],
 *     "resource": {"name": "BucketPolicy", "document": {...}}
 *   },
 *   "requests": [
 *     {"id": "read", "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
 *      "resource": "arn:aws:s3:::bucket/key", "resourceAccount": "111122223333",
 *      "context": {"aws:SourceIp": "203.0.113.5"}, "expect": "allow"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Context values are typed from JSON (string, number, boolean, or a list of one of them); the keys of the
 * service reference, global ones and those of services ({@code s3:max-keys} is a number), get their types and are
 * checked: {@code aws:SourceIp} and {@code aws:VpcSourceIp} are IP
 * addresses, {@code aws:CurrentTime} and {@code aws:TokenIssueTime} dates, {@code aws:EpochTime} epoch
 * seconds or a date, {@code aws:MultiFactorAuthPresent}, {@code aws:SecureTransport},
 * {@code aws:ViaAWSService} and {@code aws:PrincipalIsAWSService} booleans, {@code aws:MultiFactorAuthAge} a
 * number; the multivalued {@code aws:TagKeys}, {@code aws:CalledVia}, {@code aws:PrincipalOrgPaths},
 * {@code aws:ResourceOrgPaths}, {@code aws:SourceOrgPaths} and {@code aws:PrincipalServiceNamesList} are
 * lists of strings (a single string is a list of one). Two keys that differ only by case are an error (S3.3).
 *
 * <p>What the file holds that is probably not what was meant does not make it invalid: it is listed in
 * {@link Simulation#warnings()}, positioned in the file: the validator's warnings of each policy (as
 * {@code iam validate} gives them), and a context key that no service defines and no policy of the file mentions
 * ({@code unknown-context-key}, such as the typo {@code aws:SoruceIp}).
 *
 * <p>One extension of the format: an optional top-level {@code "managementAccount": "999988887777"} names the
 * organization's management account, whose principals SCPs do not restrict and whose resources RCPs do not
 * restrict (S6.5, S6.6). Without it, every account is a member account.
 */
public final class SimulationReader {
  private static final SimulationReader STANDARD = new SimulationReader(true, ReadLimits.standard());
  private static final SimulationReader WITHOUT_VALIDATION = new SimulationReader(false, ReadLimits.standard());

  private final SimulationFileReader files;
  private final boolean validates;
  private final ReadLimits limits;

  private SimulationReader(boolean validates, ReadLimits limits) {
    this.validates = validates;
    this.limits = limits;
    this.files = new SimulationFileReader(validates, limits);
  }

  /**
   * The reader. It validates every policy of the file as its kind ({@code identity} as an identity policy,
   * {@code resource} as a resource policy, {@code scp} as SCPs, ...) with {@code PolicyValidator.standard()},
   * the default size quota of the kind included, before anything runs: a policy AWS would reject is a
   * {@link PolicyParseException} positioned in the file (S1.11).
   */
  public static SimulationReader standard() {
    return STANDARD;
  }

  /**
   * A reader that checks the file's format and each policy's grammar but does not validate the policies as
   * their kind: for files that deliberately evaluate policies AWS would not accept from a customer (an Allow
   * in an RCP other than AWS's own {@code RCPFullAWSAccess}, which the standard reader accepts; a policy of
   * version 2008-10-17; resources that are no valid ARN), to see how AWS decides with them.
   */
  public static SimulationReader withoutValidation() {
    return WITHOUT_VALIDATION;
  }

  /**
   * This reader, held to {@code limits} instead: the file to {@link ReadLimits#maxFileChars()}, its requests to
   * {@link ReadLimits#maxRequests()}, each policy to {@link ReadLimits#maxPolicyChars()}, the size quota of its kind
   * ({@link ReadLimits#policyQuotas()}), and the statement and value counts, and every value to the depth,
   * string, member and element limits.
   */
  public SimulationReader withLimits(ReadLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return new SimulationReader(validates, limits);
  }

  /** The limits this reader holds files to (by default {@link ReadLimits#standard()}). */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a UTF-8 simulation file; messages name the file. A file certainly longer than
   * {@link ReadLimits#maxFileChars()} is refused from its size, before it is read.
   *
   * @throws PolicyParseException if anything in the file is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public Simulation read(Path file) {
    Objects.requireNonNull(file, "file");
    String text = SourceFiles.read(file, limits.maxFileChars(), "a simulation file", "maxFileChars");
    return read(text, file.toString());
  }

  /**
   * Reads a simulation file's text.
   *
   * @param json the text
   * @param sourceName a label for messages, usually the file path
   * @throws PolicyParseException if anything in the text is invalid
   */
  public Simulation read(String json, String sourceName) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sourceName, "sourceName");
    SimulationFileReader.Parsed parsed = files.read(json, sourceName);
    List<SimulationRequest> requests = parsed.requests().stream()
        .map(r -> new SimulationRequest(r.id(), r.request(), r.expected(), r.policies(), r.position()))
        .toList();
    List<Diagnostic> warnings = parsed.warnings().stream().map(w -> Diagnostic.of(w).withFile(sourceName)).toList();
    return new Simulation(requests, sourceName, warnings);
  }

  @Override
  public String toString() {
    return (validates ? "SimulationReader.standard()" : "SimulationReader.withoutValidation()")
        + (limits.equals(ReadLimits.standard()) ? "" : ".withLimits(" + limits + ")");
  }
}
