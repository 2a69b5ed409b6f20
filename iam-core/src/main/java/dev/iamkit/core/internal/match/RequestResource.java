package dev.iamkit.core.internal.match;

import dev.iamkit.core.arn.Arn;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The resource of one request, split once into its six ARN fields (S2.2) so that every resource pattern can
 * match field by field without allocating. Immutable and thread-safe.
 *
 * <p>The fields are {@code arn}, partition, service, region, account and resource; the resource field keeps
 * any further colons. The request resource {@code *} (actions without resource-level permissions) and any
 * text with fewer than five colons are not ARNs: only the pattern {@code *} matches them.
 *
 * <pre>{@code
 * RequestResource r = RequestResource.of("arn:aws:logs:us-east-1:111122223333:log-group:/aws/fn:*");
 * r.field(5);   // "log-group:/aws/fn:*"
 * }</pre>
 */
public final class RequestResource {
  /** The request resource {@code *}. */
  public static final RequestResource ALL = new RequestResource("*", null);

  /** Number of ARN fields. */
  public static final int FIELDS = 6;

  private final String text;
  /** Start of each field, then text.length() + 1, so field k is [starts[k], starts[k + 1] - 1); null if no ARN. */
  private final int @Nullable [] starts;

  private RequestResource(String text, int @Nullable [] starts) {
    this.text = text;
    this.starts = starts;
  }

  /** Splits the request resource once: {@code *} or an ARN; any other text matches only the pattern {@code *}. */
  public static RequestResource of(String resource) {
    Objects.requireNonNull(resource, "resource");
    if (resource.equals("*")) {
      return ALL;
    }
    int[] starts = new int[FIELDS + 1];
    int found = 1;
    for (int k = 0; k < resource.length() && found < FIELDS; k++) {
      if (resource.charAt(k) == ':') {
        starts[found++] = k + 1;
      }
    }
    if (found < FIELDS) {
      return new RequestResource(resource, null);
    }
    starts[FIELDS] = resource.length() + 1;
    return new RequestResource(resource, starts);
  }

  /**
   * The split of an ARN that {@link Arn} has already read (Arn owns the ARN rules: S1.9, S2.2), taken from the
   * lengths of its fields so that a request's resource is read once for both its account and its fields.
   */
  public static RequestResource of(Arn arn) {
    Objects.requireNonNull(arn, "arn");
    String text = arn.toString();
    int[] starts = new int[FIELDS + 1];
    starts[1] = "arn:".length();
    starts[2] = starts[1] + arn.partition().length() + 1;
    starts[3] = starts[2] + arn.service().length() + 1;
    starts[4] = starts[3] + arn.region().length() + 1;
    starts[5] = starts[4] + arn.account().length() + 1;
    starts[FIELDS] = text.length() + 1;
    return new RequestResource(text, starts);
  }

  /** The resource as given. */
  public String text() {
    return text;
  }

  /** Whether this is the request resource {@code *}. */
  public boolean isAll() {
    return text.equals("*");
  }

  /** Whether the resource has the six-field ARN shape. */
  public boolean isArn() {
    return starts != null;
  }

  /** Start index in {@link #text()} of field {@code k} (0 to 5); only for ARNs (see {@link #isArn()}). */
  public int start(int k) {
    return Objects.requireNonNull(starts, "not an ARN")[k];
  }

  /** End index (exclusive) in {@link #text()} of field {@code k} (0 to 5); only for ARNs (see {@link #isArn()}). */
  public int end(int k) {
    return Objects.requireNonNull(starts, "not an ARN")[k + 1] - 1;
  }

  /** Field {@code k} (0 = {@code arn} to 5 = resource) of an ARN. */
  public String field(int k) {
    Objects.checkIndex(k, FIELDS);
    if (starts == null) {
      throw new IllegalStateException("Not an ARN: \"" + text + "\"");
    }
    return text.substring(start(k), end(k));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestResource r && text.equals(r.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
