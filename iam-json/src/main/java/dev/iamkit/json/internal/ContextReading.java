package dev.iamkit.json.internal;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.policy.SourcePosition;
import dev.iamkit.json.PolicyParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Types the context values of a scenario's {@code authorize} step exactly as simulation files type them
 * (S5 key types, lists, case-insensitive duplicates), by handing the context object to the simulation
 * reader, the one owner of those rules, and mapping its problems back to the scenario file.
 */
final class ContextReading {
  private static final String PREFIX = "{\"requests\":[{\"principal\":\"anonymous\",\"action\":\"sts:GetCallerIdentity\","
      + "\"context\":";
  private static final String CONTEXT_POINTER = "/requests/0/context";
  private static final SimulationFileReader SIMULATIONS = new SimulationFileReader(false);

  private ContextReading() {}

  /** The typed values of the context object at {@code v}, or null after reporting what is wrong. */
  static @Nullable Map<String, ContextValue> read(Fields f, JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "an object of context keys and values");
    if (o == null) {
      return null;
    }
    if (o.members().isEmpty()) {
      return Map.of();
    }
    String synthetic = PREFIX + f.textOf(v) + "}]}";
    List<SimulationFileReader.ParsedRequest> parsed;
    try {
      parsed = SIMULATIONS.read(synthetic, "context");
    } catch (PolicyParseException e) {
      int offset = v.start();
      if (e.position().isPresent()) {
        int at = offsetOf(synthetic, e.position().get()) - PREFIX.length();
        offset = v.start() + Math.max(0, Math.min(at, v.end() - v.start()));
      }
      String pointer = e.pointer().startsWith(CONTEXT_POINTER)
          ? ptr + e.pointer().substring(CONTEXT_POINTER.length()) : ptr;
      f.problems().error(e.code(), e.detail(), pointer, offset);
      return null;
    }
    RequestContext request = parsed.get(0).request();
    Map<String, ContextValue> out = new LinkedHashMap<>();
    for (JsonValue.Member m : o.members()) {
      request.get(m.name()).ifPresent(value -> out.put(m.name(), value));
    }
    return out;
  }

  /** The char offset of a 1-based line and column in {@code text} (lines end at LF, CR LF or CR). */
  private static int offsetOf(String text, SourcePosition position) {
    int line = 1;
    int i = 0;
    while (line < position.line() && i < text.length()) {
      char c = text.charAt(i++);
      if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
        i++;
      }
      if (c == '\n' || c == '\r') {
        line++;
      }
    }
    return Math.min(text.length(), i + position.column() - 1);
  }
}
