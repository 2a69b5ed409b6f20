package dev.iamkit.core.internal.match;

import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One compiled {@code Resource} / {@code NotResource} entry (S2.2, S2.3, S4). Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code *} matches every request resource, including the request resource {@code *}; no other entry
 *       matches the request resource {@code *} (A21).
 *   <li>Otherwise pattern and request are split at their first five colons into six fields. Fields 1 to 5
 *       ({@code arn}, partition, service, region, account) are matched one by one as globs ignoring case
 *       (A15); a wildcard there never consumes a {@code :}, and an empty pattern field matches only an empty
 *       field. Field 6 (resource) is one case-sensitive glob in which {@code *} spans {@code /} and {@code :},
 *       after policy-variable substitution (S4; variables are recognised only there). An unresolvable variable
 *       makes the entry match nothing (S2.2, S4.5).
 *   <li>A pattern with fewer than six fields (S2.2, A14): in identity, boundary and session policies the
 *       missing fields are {@code *}; in resource and trust policies likewise only when the pattern contains a
 *       wildcard, else it matches nothing; in SCPs only when its last field ends in {@code *}; in RCPs it
 *       matches nothing.
 * </ul>
 *
 * <pre>{@code
 * ResourcePattern p = ResourcePattern.compile(
 *     Resource.of("arn:aws:s3:::bucket/home/${aws:username}/x*"), PolicyKind.IDENTITY, true);
 * p.matches(RequestResource.of("arn:aws:s3:::bucket/home/alice/x/y.jpg"), request);   // true for alice
 * }</pre>
 */
public final class ResourcePattern {
  private static final int FIELDS = RequestResource.FIELDS;

  private final String text;
  private final boolean all;
  private final boolean nothing;
  private final Glob @Nullable [] arnFields;
  private final @Nullable Template resourceField;

  private ResourcePattern(String text, boolean all, boolean nothing, Glob @Nullable [] arnFields,
      @Nullable Template resourceField) {
    this.text = text;
    this.all = all;
    this.nothing = nothing;
    this.arnFields = arnFields;
    this.resourceField = resourceField;
  }

  /**
   * Compiles one entry for a policy of the given kind. Never fails: an entry that can match nothing gives a
   * pattern whose {@link #matchesNothing()} is true.
   *
   * @param variablesEnabled whether the policy's Version recognises variables (S4.3)
   */
  public static ResourcePattern compile(Resource r, PolicyKind kind, boolean variablesEnabled) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(kind, "kind");
    String text = r.text();
    if (r.isAll()) {
      return new ResourcePattern(text, true, false, null, null);
    }
    List<String> fields = new ArrayList<>(FIELDS);
    int start = 0;
    int colon;
    while (fields.size() < FIELDS - 1 && (colon = text.indexOf(':', start)) >= 0) {
      fields.add(text.substring(start, colon));
      start = colon + 1;
    }
    fields.add(text.substring(start));
    if (fields.size() < FIELDS) {
      if (!padsShortArn(text, fields.get(fields.size() - 1), kind)) {
        return new ResourcePattern(text, false, true, null, null);
      }
      while (fields.size() < FIELDS) {
        fields.add("*");
      }
    }
    Glob[] globs = new Glob[FIELDS - 1];
    for (int k = 0; k < FIELDS - 1; k++) {
      globs[k] = Glob.compileIgnoreCase(fields.get(k));
    }
    Template resource = Template.pattern(fields.get(FIELDS - 1), variablesEnabled, false);
    return new ResourcePattern(text, false, false, globs, resource);
  }

  private static boolean padsShortArn(String text, String lastField, PolicyKind kind) {
    return switch (kind) {
      case IDENTITY, PERMISSIONS_BOUNDARY, SESSION -> true;
      case RESOURCE, TRUST -> text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
      case SCP -> lastField.endsWith("*");
      case RCP, VPC_ENDPOINT -> false;
    };
  }

  /** The entry as written. */
  public String text() {
    return text;
  }

  /** Whether this is the entry {@code *}. */
  public boolean matchesAll() {
    return all;
  }

  /** Whether the entry can match no resource (a short ARN that the policy kind does not pad). */
  public boolean matchesNothing() {
    return nothing;
  }

  /**
   * The globs of ARN fields 0 to 4 ({@code arn}, partition, service, region, account), ignoring case, short ARNs
   * padded; empty for {@code *} and for entries that match nothing.
   */
  public List<Glob> arnFieldGlobs() {
    return arnFields == null ? List.of() : List.of(arnFields);
  }

  /** The template of the resource field (field 5); empty for {@code *} and for entries that match nothing. */
  public Optional<Template> resourceTemplate() {
    return Optional.ofNullable(resourceField);
  }

  /** The variables of the resource field, in order. */
  public List<Template.Variable> variables() {
    return resourceField == null ? List.of() : resourceField.variables();
  }

  /** Whether the request resource matches this entry (S2.2). */
  public boolean matches(RequestResource resource, RequestContext request) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(request, "request");
    if (all) {
      return true;
    }
    if (nothing || !resource.isArn()) {
      return false;
    }
    String s = resource.text();
    // Both are set for every pattern that is neither all nor nothing.
    Glob[] arnFields = Objects.requireNonNull(this.arnFields, "arnFields");
    Template resourceField = Objects.requireNonNull(this.resourceField, "resourceField");
    for (int k = 0; k < FIELDS - 1; k++) {
      if (!arnFields[k].matches(s, resource.start(k), resource.end(k))) {
        return false;
      }
    }
    return resourceField.matches(request, s, resource.start(FIELDS - 1), resource.end(FIELDS - 1));
  }

  /** Passes the key (as written) of every variable of this entry that is absent from the request. */
  public void collectMissingKeys(RequestContext request, Consumer<String> sink) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(sink, "sink");
    if (resourceField != null) {
      resourceField.collectMissingKeys(request, sink);
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
