package dev.iamkit.json.internal;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Types the context values of a scenario's {@code authorize} step exactly as simulation files type them
 * (S5 key types, lists, case-insensitive duplicates) through {@link ContextReader}, the one owner of those rules,
 * reporting to the scenario file's problems at the scenario's own pointers.
 */
final class ContextReading {
  private ContextReading() {}

  /** The typed values of the context object at {@code v}, or null after reporting what is wrong. */
  static @Nullable Map<String, ContextValue> read(Fields f, JsonValue v, String ptr) {
    // The request is only a holder for the typed values: ContextReader fills a RequestContext.Builder.
    RequestContext.Builder b = RequestContext.builder().principal(Principal.parse("anonymous"))
        .action("sts:GetCallerIdentity");
    if (!new ContextReader(f).read(v, ptr, b)) {
      return null;
    }
    RequestContext request = b.build();
    Map<String, ContextValue> out = new LinkedHashMap<>();
    if (v instanceof JsonValue.Obj o) {
      for (JsonValue.Member m : o.members()) {
        request.get(m.name()).ifPresent(value -> out.put(m.name(), value));
      }
    }
    return out;
  }
}
