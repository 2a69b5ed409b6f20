package dev.iamkit.json;

import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.SizeLimit;
import java.util.Objects;

/**
 * The limits every reader of iamkit holds its input to (policy documents, simulation, world and scenario
 * files), so that a hostile or mistaken file is refused with a positioned problem before it exhausts memory,
 * the stack or the terminal. Immutable and thread-safe; {@link #standard()} holds the defaults, and
 * {@link #builder()} or {@link #toBuilder()} makes others. A reader takes them with
 * {@code PolicyReader.builder().limits(limits)}, {@code SimulationReader.standard().withLimits(limits)},
 * {@code WorldReader.standard().withLimits(limits)} or {@code ScenarioReader.standard().withLimits(limits)}.
 *
 * <p>Each default is generous for real use and small enough to bound what a reader holds in memory:
 * <table>
 *   <caption>Default limits and why</caption>
 *   <tr><th>limit</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@link #maxFileChars()}</td><td>16,777,216 (16 MiB)</td><td>a simulation, world or scenario file;
 *     125 times the standard 240-request workload (133 KB). A file is measured in bytes before it is read (a
 *     character takes at least one UTF-8 byte): one of more bytes is refused from its size, unread, so that a 20 MB
 *     or 1 GiB file costs no memory; a text or stream is read no further than the limit.</td></tr>
 *   <tr><td>{@link #maxPolicyChars()}</td><td>1,048,576 (1 MiB)</td><td>one policy document, alone or inside a
 *     file: four times the largest AWS managed policy (243,027 characters). A policy file is measured in bytes
 *     before it is read, as above.</td></tr>
 *   <tr><td>{@link #maxDepth()}</td><td>64</td><td>levels of nested objects and arrays: a policy needs 6, a
 *     world file 12.</td></tr>
 *   <tr><td>{@link #maxStringChars()}</td><td>131,072</td><td>one string or member name: six times the largest
 *     policy quota (VPC endpoint, 20,480) and 64 times the longest ARN IAM accepts (2,048), and room for the
 *     100,000-character values with which matching is checked to stay linear; a longer request id or value is a
 *     mistake, not data. It also bounds a URL-encoded {@code PolicyVersion} Document.</td></tr>
 *   <tr><td>{@link #maxMembers()}</td><td>10,000</td><td>members of one object: twice AWS's largest per-account
 *     quota (5,000 users, roles or managed policies).</td></tr>
 *   <tr><td>{@link #maxElements()}</td><td>100,000</td><td>elements of one array: ten times the counts below, a
 *     bound on any list the specific limits do not name.</td></tr>
 *   <tr><td>{@link #maxStatements()}</td><td>1,000</td><td>statements of one policy: six times the most any AWS
 *     managed policy has (162).</td></tr>
 *   <tr><td>{@link #maxValues()}</td><td>5,000</td><td>values of one Action, NotAction, Resource, NotResource,
 *     principal or condition list: three times the longest list of any AWS managed policy (1,548).</td></tr>
 *   <tr><td>{@link #maxRequests()}</td><td>10,000</td><td>requests of one simulation file: 40 times the standard
 *     workload; split larger suites into several files (a folder is one run).</td></tr>
 *   <tr><td>{@link #maxSteps()}</td><td>10,000</td><td>steps of one scenario: 160 times the largest example.</td></tr>
 *   <tr><td>{@link #maxEntities()}</td><td>10,000</td><td>accounts, users, groups, roles, policies, resources and
 *     organizational units of one world together.</td></tr>
 *   <tr><td>{@link #policyQuotas()}</td><td>true</td><td>each policy of a simulation file fits AWS's size quota
 *     of its kind ({@link SizeLimit#defaultFor(PolicyKind)}: 6,144 for an identity policy, 2,048 for a trust or
 *     session policy, 5,120 for an SCP or RCP, S10.2), measured before the policy is read. The policies of a
 *     world file meet their quotas when its directory is built, as IAM checks them.</td></tr>
 * </table>
 *
 * <p>A file past a limit is refused with the reader's usual {@link PolicyParseException}: the file, line,
 * column and JSON pointer of the first value past the limit, and a message that names the limit and how to
 * raise it.
 *
 * <pre>{@code
 * ReadLimits big = ReadLimits.standard().toBuilder().maxRequests(100_000).maxFileChars(64 * 1_048_576).build();
 * Simulation s = SimulationReader.standard().withLimits(big).read(Path.of("suite.sim.json"));
 * }</pre>
 */
public final class ReadLimits {
  private static final ReadLimits STANDARD = builder().build();

  private final int maxFileChars;
  private final int maxPolicyChars;
  private final int maxDepth;
  private final int maxStringChars;
  private final int maxMembers;
  private final int maxElements;
  private final int maxStatements;
  private final int maxValues;
  private final int maxRequests;
  private final int maxSteps;
  private final int maxEntities;
  private final boolean policyQuotas;

  private ReadLimits(Builder b) {
    this.maxFileChars = b.maxFileChars;
    this.maxPolicyChars = b.maxPolicyChars;
    this.maxDepth = b.maxDepth;
    this.maxStringChars = b.maxStringChars;
    this.maxMembers = b.maxMembers;
    this.maxElements = b.maxElements;
    this.maxStatements = b.maxStatements;
    this.maxValues = b.maxValues;
    this.maxRequests = b.maxRequests;
    this.maxSteps = b.maxSteps;
    this.maxEntities = b.maxEntities;
    this.policyQuotas = b.policyQuotas;
  }

  /** The default limits (see the table above). */
  public static ReadLimits standard() {
    return STANDARD;
  }

  /** A builder starting from the default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these limits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxFileChars = maxFileChars;
    b.maxPolicyChars = maxPolicyChars;
    b.maxDepth = maxDepth;
    b.maxStringChars = maxStringChars;
    b.maxMembers = maxMembers;
    b.maxElements = maxElements;
    b.maxStatements = maxStatements;
    b.maxValues = maxValues;
    b.maxRequests = maxRequests;
    b.maxSteps = maxSteps;
    b.maxEntities = maxEntities;
    b.policyQuotas = policyQuotas;
    return b;
  }

  /** The most characters of a simulation, world or scenario file. */
  public int maxFileChars() {
    return maxFileChars;
  }

  /** The most characters of one policy document, read alone or inside a file. */
  public int maxPolicyChars() {
    return maxPolicyChars;
  }

  /** The deepest nesting of objects and arrays. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The most characters of one string or member name (as written, escapes decoded). */
  public int maxStringChars() {
    return maxStringChars;
  }

  /** The most members of one object. */
  public int maxMembers() {
    return maxMembers;
  }

  /** The most elements of one array. */
  public int maxElements() {
    return maxElements;
  }

  /** The most statements of one policy. */
  public int maxStatements() {
    return maxStatements;
  }

  /** The most values of one Action, NotAction, Resource, NotResource, principal or condition list. */
  public int maxValues() {
    return maxValues;
  }

  /** The most requests of one simulation file. */
  public int maxRequests() {
    return maxRequests;
  }

  /** The most steps of one scenario. */
  public int maxSteps() {
    return maxSteps;
  }

  /** The most accounts, users, groups, roles, policies, resources and organizational units of one world. */
  public int maxEntities() {
    return maxEntities;
  }

  /** Whether each policy of a simulation file must fit AWS's size quota of its kind (S10.2). */
  public boolean policyQuotas() {
    return policyQuotas;
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof ReadLimits r && maxFileChars == r.maxFileChars && maxPolicyChars == r.maxPolicyChars
        && maxDepth == r.maxDepth && maxStringChars == r.maxStringChars && maxMembers == r.maxMembers
        && maxElements == r.maxElements && maxStatements == r.maxStatements && maxValues == r.maxValues
        && maxRequests == r.maxRequests && maxSteps == r.maxSteps && maxEntities == r.maxEntities
        && policyQuotas == r.policyQuotas;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxFileChars, maxPolicyChars, maxDepth, maxStringChars, maxMembers, maxElements,
        maxStatements, maxValues, maxRequests, maxSteps, maxEntities, policyQuotas);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxFileChars=" + maxFileChars + ", maxPolicyChars=" + maxPolicyChars + ", maxDepth=" + maxDepth
        + ", maxStringChars=" + maxStringChars + ", maxMembers=" + maxMembers + ", maxElements=" + maxElements
        + ", maxStatements=" + maxStatements + ", maxValues=" + maxValues + ", maxRequests=" + maxRequests
        + ", maxSteps=" + maxSteps + ", maxEntities=" + maxEntities + ", policyQuotas=" + policyQuotas + "}";
  }

  /** Builds {@link ReadLimits}; not thread-safe. Every count must be at least 1. */
  public static final class Builder {
    private int maxFileChars = 16 * 1_048_576;
    private int maxPolicyChars = PolicyReader.DEFAULT_MAX_DOCUMENT_CHARS;
    private int maxDepth = PolicyReader.DEFAULT_MAX_DEPTH;
    private int maxStringChars = 131_072;
    private int maxMembers = 10_000;
    private int maxElements = 100_000;
    private int maxStatements = 1_000;
    private int maxValues = 5_000;
    private int maxRequests = 10_000;
    private int maxSteps = 10_000;
    private int maxEntities = 10_000;
    private boolean policyQuotas = true;

    private Builder() {}

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, found " + value);
      }
      return value;
    }

    /**
     * The most characters of a simulation, world or scenario file (default 16,777,216).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxFileChars(int maxFileChars) {
      this.maxFileChars = positive("maxFileChars", maxFileChars);
      return this;
    }

    /**
     * The most characters of one policy document (default 1,048,576).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxPolicyChars(int maxPolicyChars) {
      this.maxPolicyChars = positive("maxPolicyChars", maxPolicyChars);
      return this;
    }

    /**
     * The deepest nesting of objects and arrays (default 64).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = positive("maxDepth", maxDepth);
      return this;
    }

    /**
     * The most characters of one string or member name (default 131,072).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxStringChars(int maxStringChars) {
      this.maxStringChars = positive("maxStringChars", maxStringChars);
      return this;
    }

    /**
     * The most members of one object (default 10,000).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxMembers(int maxMembers) {
      this.maxMembers = positive("maxMembers", maxMembers);
      return this;
    }

    /**
     * The most elements of one array (default 100,000).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxElements(int maxElements) {
      this.maxElements = positive("maxElements", maxElements);
      return this;
    }

    /**
     * The most statements of one policy (default 1,000).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxStatements(int maxStatements) {
      this.maxStatements = positive("maxStatements", maxStatements);
      return this;
    }

    /**
     * The most values of one Action, NotAction, Resource, NotResource, principal or condition list (default 5,000).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxValues(int maxValues) {
      this.maxValues = positive("maxValues", maxValues);
      return this;
    }

    /**
     * The most requests of one simulation file (default 10,000).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxRequests(int maxRequests) {
      this.maxRequests = positive("maxRequests", maxRequests);
      return this;
    }

    /**
     * The most steps of one scenario (default 10,000).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxSteps(int maxSteps) {
      this.maxSteps = positive("maxSteps", maxSteps);
      return this;
    }

    /**
     * The most entities of one world (default 10,000).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxEntities(int maxEntities) {
      this.maxEntities = positive("maxEntities", maxEntities);
      return this;
    }

    /** Whether each policy of a simulation file must fit AWS's size quota of its kind (default true). */
    public Builder policyQuotas(boolean policyQuotas) {
      this.policyQuotas = policyQuotas;
      return this;
    }

    /** The limits. */
    public ReadLimits build() {
      return new ReadLimits(this);
    }
  }
}
