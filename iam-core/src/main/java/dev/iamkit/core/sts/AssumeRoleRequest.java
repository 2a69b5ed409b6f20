package dev.iamkit.core.sts;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.policy.Policy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of {@code AssumeRole} (S8.1). Immutable and thread-safe. Shapes are checked by the call,
 * not here, so that a request can carry what a client sent and receive STS's {@code ValidationError}.
 *
 * <pre>{@code
 * AssumeRoleRequest request = AssumeRoleRequest.builder("arn:aws:iam::111122223333:role/Deployer", "deploy")
 *     .durationSeconds(900)
 *     .externalId("ext-4711")
 *     .mfa("arn:aws:iam::111122223333:mfa/alice", "123456")
 *     .tag("project", "blue")
 *     .sourceIdentity("alice")
 *     .build();
 * }</pre>
 */
public final class AssumeRoleRequest {
  private final String roleArn;
  private final String roleSessionName;
  private final @Nullable Integer durationSeconds;
  private final @Nullable Policy policy;
  private final @Nullable String policyText;
  private final List<String> policyArns;
  private final Map<String, String> tags;
  private final List<String> transitiveTagKeys;
  private final @Nullable String externalId;
  private final @Nullable String serialNumber;
  private final @Nullable String tokenCode;
  private final @Nullable String sourceIdentity;
  private final Map<String, ContextValue> context;

  private AssumeRoleRequest(Builder b) {
    this.roleArn = b.roleArn;
    this.roleSessionName = b.roleSessionName;
    this.durationSeconds = b.durationSeconds;
    this.policy = b.policy;
    this.policyText = b.policyText;
    this.policyArns = List.copyOf(b.policyArns);
    this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(b.tags));
    this.transitiveTagKeys = List.copyOf(b.transitiveTagKeys);
    this.externalId = b.externalId;
    this.serialNumber = b.serialNumber;
    this.tokenCode = b.tokenCode;
    this.sourceIdentity = b.sourceIdentity;
    this.context = Collections.unmodifiableMap(new LinkedHashMap<>(b.context));
  }

  /** A builder for assuming {@code roleArn} with session name {@code roleSessionName}. */
  public static Builder builder(String roleArn, String roleSessionName) {
    return new Builder(roleArn, roleSessionName);
  }

  /** A request with only the role and the session name. */
  public static AssumeRoleRequest of(String roleArn, String roleSessionName) {
    return builder(roleArn, roleSessionName).build();
  }

  /** A builder holding this request. */
  public Builder toBuilder() {
    Builder b = new Builder(roleArn, roleSessionName);
    b.durationSeconds = durationSeconds;
    b.policy = policy;
    b.policyText = policyText;
    b.policyArns.addAll(policyArns);
    b.tags.putAll(tags);
    b.transitiveTagKeys.addAll(transitiveTagKeys);
    b.externalId = externalId;
    b.serialNumber = serialNumber;
    b.tokenCode = tokenCode;
    b.sourceIdentity = sourceIdentity;
    b.context.putAll(context);
    return b;
  }

  /** RoleArn. */
  public String roleArn() {
    return roleArn;
  }

  /** RoleSessionName: 2-64 characters of {@code [\w+=,.@-]}. */
  public String roleSessionName() {
    return roleSessionName;
  }

  /** DurationSeconds; absent means 3600. */
  public Optional<Integer> durationSeconds() {
    return Optional.ofNullable(durationSeconds);
  }

  /** The inline session policy (Policy). */
  public Optional<Policy> policy() {
    return Optional.ofNullable(policy);
  }

  /**
   * The session policy as the client sent it, when known; its length is what the 2,048-character quota
   * counts (S8.5). Without it, the length of the policy's compact JSON form is counted.
   */
  public Optional<String> policyText() {
    return Optional.ofNullable(policyText);
  }

  /** PolicyArns: managed session policies of the role's account. */
  public List<String> policyArns() {
    return policyArns;
  }

  /** Tags: session tags in the order given (S8.6). */
  public Map<String, String> tags() {
    return tags;
  }

  /** TransitiveTagKeys. */
  public List<String> transitiveTagKeys() {
    return transitiveTagKeys;
  }

  /** ExternalId. */
  public Optional<String> externalId() {
    return Optional.ofNullable(externalId);
  }

  /** SerialNumber of the caller's MFA device. */
  public Optional<String> serialNumber() {
    return Optional.ofNullable(serialNumber);
  }

  /** TokenCode: the six-digit code of that device. */
  public Optional<String> tokenCode() {
    return Optional.ofNullable(tokenCode);
  }

  /** SourceIdentity. */
  public Optional<String> sourceIdentity() {
    return Optional.ofNullable(sourceIdentity);
  }

  /**
   * Further context keys of the request that the caller supplies, such as {@code aws:SourceArn} and
   * {@code aws:SourceAccount} of a service acting for a resource (S8.10) or {@code aws:SourceIp}.
   */
  public Map<String, ContextValue> context() {
    return context;
  }

  /** {@code AssumeRoleRequest[roleArn=..., roleSessionName=...]}: never the token code. */
  @Override
  public String toString() {
    return "AssumeRoleRequest[roleArn=" + roleArn + ", roleSessionName=" + roleSessionName + "]";
  }

  /** Builds an {@link AssumeRoleRequest}; not thread-safe. */
  public static final class Builder {
    private final String roleArn;
    private final String roleSessionName;
    private @Nullable Integer durationSeconds;
    private @Nullable Policy policy;
    private @Nullable String policyText;
    private final List<String> policyArns = new ArrayList<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final List<String> transitiveTagKeys = new ArrayList<>();
    private @Nullable String externalId;
    private @Nullable String serialNumber;
    private @Nullable String tokenCode;
    private @Nullable String sourceIdentity;
    private final Map<String, ContextValue> context = new LinkedHashMap<>();

    private Builder(String roleArn, String roleSessionName) {
      this.roleArn = Objects.requireNonNull(roleArn, "roleArn");
      this.roleSessionName = Objects.requireNonNull(roleSessionName, "roleSessionName");
    }

    /** DurationSeconds (900 up to the role's maximum, 3600 when chaining; checked by the call). */
    public Builder durationSeconds(int seconds) {
      this.durationSeconds = seconds;
      return this;
    }

    /** The inline session policy. */
    public Builder policy(Policy sessionPolicy) {
      this.policy = Objects.requireNonNull(sessionPolicy, "sessionPolicy");
      return this;
    }

    /** The inline session policy with the text the client sent, whose length the quota counts. */
    public Builder policy(Policy sessionPolicy, String sourceText) {
      this.policy = Objects.requireNonNull(sessionPolicy, "sessionPolicy");
      this.policyText = Objects.requireNonNull(sourceText, "sourceText");
      return this;
    }

    /** Adds a managed session policy ARN. */
    public Builder policyArn(String policyArn) {
      policyArns.add(Objects.requireNonNull(policyArn, "policyArn"));
      return this;
    }

    /** Adds a session tag. */
    public Builder tag(String key, String value) {
      tags.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds session tags in map order. */
    public Builder tags(Map<String, String> newTags) {
      Objects.requireNonNull(newTags, "newTags").forEach(this::tag);
      return this;
    }

    /** Adds a transitive tag key. */
    public Builder transitiveTagKey(String key) {
      transitiveTagKeys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /** ExternalId. */
    public Builder externalId(String value) {
      this.externalId = Objects.requireNonNull(value, "value");
      return this;
    }

    /** SerialNumber and TokenCode of the caller's MFA device. */
    public Builder mfa(String serial, String code) {
      this.serialNumber = Objects.requireNonNull(serial, "serial");
      this.tokenCode = Objects.requireNonNull(code, "code");
      return this;
    }

    /** SourceIdentity. */
    public Builder sourceIdentity(String value) {
      this.sourceIdentity = Objects.requireNonNull(value, "value");
      return this;
    }

    /** A further context key of the request (see {@link AssumeRoleRequest#context()}). */
    public Builder context(String key, ContextValue value) {
      context.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** The request. */
    public AssumeRoleRequest build() {
      return new AssumeRoleRequest(this);
    }
  }
}
