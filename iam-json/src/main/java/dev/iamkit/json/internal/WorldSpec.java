package dev.iamkit.json.internal;

import dev.iamkit.core.policy.Policy;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A world file as read, before it becomes a directory: every part with the JSON pointer and offset where it
 * was written, so that what the directory refuses can be reported there. Immutable once read.
 */
public final class WorldSpec {
  private WorldSpec() {}

  /** Where something was written: its JSON pointer and the offset of its value. */
  public record Loc(String pointer, int offset) {}

  /**
   * A policy document and where it was written.
   *
   * @param tree the document as read, to place the validator's warnings in the file; null for a document the
   *     file only names ({@code "FullAWSAccess": {}}, AWS's own policy)
   */
  public record Doc(String name, Policy policy, String text, Loc loc, JsonValue.@Nullable Obj tree) {}

  /** The whole world. */
  public record World(List<Doc> awsManaged, @Nullable Org organization, List<Account> accounts) {}

  /** The organization. */
  public record Org(String id, String managementAccount, Unit root, Loc loc) {}

  /**
   * An organization root or OU.
   *
   * @param scps the SCPs, or null when the level does not say (null or none: FullAWSAccess)
   */
  public record Unit(String name, @Nullable List<Doc> scps, List<Doc> rcps, List<Ref> accounts, List<Unit> units,
      Loc loc) {}

  /** A reference (account id, policy name or ARN, group name) and where it was written. */
  public record Ref(String value, Loc loc) {}

  /** An account. */
  public record Account(String id, @Nullable Root root, List<Doc> policies, List<Group> groups, List<User> users,
      List<Role> roles, List<Resource> resources, Loc loc) {}

  /** The root user's credentials. */
  public record Root(@Nullable Secret password, @Nullable Secret passwordHash, @Nullable Secret mfa, Loc loc) {}

  /** A secret value (password, password hash, MFA seed) and where it was written; empty when not known. */
  public record Secret(String value, Loc loc) {
    @Override
    public String toString() {
      return "Secret[" + loc.pointer() + "]";
    }
  }

  /** A group. */
  public record Group(String name, String path, List<Ref> policies, List<Doc> inline, Loc loc) {}

  /** An access key. */
  public record Key(String id, @Nullable String secret, boolean active, Loc loc) {
    @Override
    public String toString() {
      return "Key[" + id + "]";
    }
  }

  /** A user. */
  public record User(String name, String path, List<Ref> groups, List<Ref> policies, List<Doc> inline,
      @Nullable Ref boundary, @Nullable Secret password, @Nullable Secret passwordHash, List<Key> accessKeys,
      @Nullable Secret mfa, Map<String, String> tags, Loc loc) {}

  /** A role. */
  public record Role(String name, String path, Doc trust, List<Ref> policies, List<Doc> inline,
      @Nullable Ref boundary, @Nullable Long maxSessionDuration, Map<String, String> tags, Loc loc) {}

  /** A resource with its policy and tags. */
  public record Resource(String arn, @Nullable Doc policy, Map<String, String> tags, Loc loc) {}
}
