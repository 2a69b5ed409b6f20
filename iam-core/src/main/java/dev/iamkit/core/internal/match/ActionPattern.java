package dev.iamkit.core.internal.match;

import dev.iamkit.core.policy.Action;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One compiled {@code Action} / {@code NotAction} entry (S2.1). Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code *} matches every action.
 *   <li>Otherwise the entry is {@code PREFIX:NAME}: the request's service prefix must equal {@code PREFIX}
 *       ignoring case, and the request's operation name must match {@code NAME} as a glob ignoring case
 *       ({@link Locale#ROOT}). A wildcard never reaches into another service: {@code iam:*} does not match
 *       {@code sts:GetCallerIdentity}.
 *   <li>Malformed entries match nothing: no colon, an empty prefix or name, more than one colon, a wildcard in
 *       the prefix (S1.8), or white space anywhere in the entry (S2.1, as iam-simulate).
 * </ul>
 *
 * <pre>{@code
 * ActionPattern p = ActionPattern.compile(Action.of("s3:Get*"));
 * p.service();                   // "s3"
 * p.matches("S3:GetObject");     // true
 * p.matches("s3:PutObject");     // false
 * }</pre>
 */
public final class ActionPattern {
  private static final ActionPattern ALL = new ActionPattern("*", "", null, true, false);

  private final String text;
  private final String service;
  private final @Nullable Glob name;
  /** The name glob lower-cased with Locale.ROOT and matched case-sensitively, for lower-cased request actions. */
  private final @Nullable Glob lowerName;
  /** The operation name lower-cased when it has no wildcard; null otherwise. */
  private final @Nullable String lowerLiteralName;
  private final boolean all;
  private final boolean nothing;

  private ActionPattern(String text, String service, @Nullable Glob name, boolean all, boolean nothing) {
    this.text = text;
    this.service = service;
    this.name = name;
    this.lowerName = name == null ? null : Glob.compile(text.substring(text.indexOf(':') + 1).toLowerCase(Locale.ROOT));
    this.lowerLiteralName = lowerName != null && lowerName.isLiteral()
        ? text.substring(text.indexOf(':') + 1).toLowerCase(Locale.ROOT) : null;
    this.all = all;
    this.nothing = nothing;
  }

  /** Compiles one entry. Never fails: a malformed entry gives a pattern that {@link #matchesNothing()}. */
  public static ActionPattern compile(Action action) {
    Objects.requireNonNull(action, "action");
    String text = action.text();
    if (action.isAll()) {
      return ALL;
    }
    String service = action.service();
    int colon = text.indexOf(':');
    boolean malformed = colon <= 0 || colon == text.length() - 1 || text.indexOf(':', colon + 1) >= 0
        || hasWhitespace(text) || hasWildcard(text, 0, colon);
    if (malformed) {
      return new ActionPattern(text, service, null, false, true);
    }
    return new ActionPattern(text, service, Glob.compileIgnoreCase(text.substring(colon + 1)), false, false);
  }

  private static boolean hasWhitespace(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasWildcard(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '*' || s.charAt(k) == '?') {
        return true;
      }
    }
    return false;
  }

  /**
   * The service prefix lower-cased ({@link Locale#ROOT}); {@code ""} for {@code *} and for an entry without a
   * colon. Use it to index statements by service, together with {@link #matchesAll()} and
   * {@link #matchesNothing()}.
   */
  public String service() {
    return service;
  }

  /** Whether this is the entry {@code *}. */
  public boolean matchesAll() {
    return all;
  }

  /** Whether the entry is malformed and can match no action. */
  public boolean matchesNothing() {
    return nothing;
  }

  /**
   * The glob of the operation name, lower-cased and matched case-sensitively against lower-cased names; empty for
   * {@code *} and for malformed entries.
   */
  public java.util.Optional<Glob> lowerCaseNameGlob() {
    return java.util.Optional.ofNullable(lowerName);
  }

  /**
   * The operation name lower-cased ({@link Locale#ROOT}) when it has no wildcard, so that the entry matches exactly
   * the lower-cased request actions {@code service() + ":" + name}; empty for {@code *}, malformed entries and names
   * with {@code *} or {@code ?}. Lets the engine index statements by exact action.
   */
  public java.util.Optional<String> lowerCaseLiteralName() {
    return java.util.Optional.ofNullable(lowerLiteralName);
  }

  /** The entry as written. */
  public String text() {
    return text;
  }

  /** Whether the request action {@code service:Operation} matches this entry (S2.1). */
  public boolean matches(String requestAction) {
    Objects.requireNonNull(requestAction, "requestAction");
    if (all) {
      return true;
    }
    if (nothing) {
      return false;
    }
    int colon = requestAction.indexOf(':');
    if (colon < 0 || !prefixEquals(requestAction, colon)) {
      return false;
    }
    return Objects.requireNonNull(name, "name").matches(requestAction, colon + 1, requestAction.length());
  }

  /**
   * The hot-path form of {@link #matches(String)}: {@code lowerAction} is the request action lower-cased once per
   * request with {@link Locale#ROOT}, {@code lowerService} its part before {@code colon}, the index of its colon.
   * An entry of another service is rejected by one string comparison, and the name is matched without any case
   * folding.
   */
  public boolean matchesLowerCase(String lowerAction, String lowerService, int colon) {
    if (all) {
      return true;
    }
    if (nothing || !service.equals(lowerService)) {
      return false;
    }
    return Objects.requireNonNull(lowerName, "lowerName").matches(lowerAction, colon + 1, lowerAction.length());
  }

  private boolean prefixEquals(String requestAction, int colon) {
    if (colon != service.length()) {
      // Lower-casing with Locale.ROOT can change the length only for non-ASCII text; compare exactly then.
      return !isAscii(requestAction, colon) && requestAction.substring(0, colon).toLowerCase(Locale.ROOT).equals(service);
    }
    for (int k = 0; k < colon; k++) {
      char c = requestAction.charAt(k);
      if (c >= 0x80) {
        return requestAction.substring(0, colon).toLowerCase(Locale.ROOT).equals(service);
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != service.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String s, int to) {
    for (int k = 0; k < to; k++) {
      if (s.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
