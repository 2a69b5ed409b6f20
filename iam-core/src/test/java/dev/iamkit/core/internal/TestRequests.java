package dev.iamkit.core.internal;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;

/** Small request fixtures for the matcher and condition tests. */
public final class TestRequests {
  private TestRequests() {}

  /** A builder with a fixed user principal, action and resource. */
  public static RequestContext.Builder builder() {
    return RequestContext.builder()
        .principal(Principal.parse("arn:aws:iam::111122223333:user/alice"))
        .action("s3:GetObject")
        .resource("arn:aws:s3:::bucket/key");
  }

  /** A request with no context keys. */
  public static RequestContext empty() {
    return builder().build();
  }

  /** A request with string keys given as key, value, key, value, ... */
  public static RequestContext strings(String... keysAndValues) {
    RequestContext.Builder b = builder();
    for (int k = 0; k < keysAndValues.length; k += 2) {
      b.context(keysAndValues[k], ContextValue.string(keysAndValues[k + 1]));
    }
    return b.build();
  }

  /** A request with one key. */
  public static RequestContext with(String key, ContextValue value) {
    return builder().context(key, value).build();
  }
}
