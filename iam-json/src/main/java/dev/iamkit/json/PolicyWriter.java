package dev.iamkit.json;

import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.json.internal.JsonOutput;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes {@link Policy} values as AWS policy JSON in a canonical form. Immutable and thread-safe.
 *
 * <p>Canonical means: members in the order {@code Version, Id, Statement}; statement members in the order
 * {@code Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition};
 * principal types in {@link PrincipalType} order; condition operators and keys in the policy's (document)
 * order. Each value keeps the form it was read in: a bare value stays bare and an array stays an array
 * ({@link OneOrMany#array()}), a single Statement object stays an object ({@link Policy#statementArray()}),
 * and condition numbers and booleans stay JSON numbers and booleans. Characters outside U+0020 to U+00FF
 * are written as {@code \\uXXXX} escapes, so the output is always a document IAM accepts (S1.1). Reading
 * the output back gives an equal policy:
 *
 * <pre>{@code
 * String json = PolicyWriter.pretty().write(policy);
 * assert PolicyReader.standard().read(json).equals(policy);
 * }</pre>
 *
 * <p>{@link #pretty()} indents with two spaces and ends lines with LF; {@link #compact()} writes no white
 * space at all. Neither adds a final line break.
 */
public final class PolicyWriter {
  private static final PolicyWriter COMPACT = new PolicyWriter(false);
  private static final PolicyWriter PRETTY = new PolicyWriter(true);

  private final boolean pretty;

  private PolicyWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /** A writer without white space: {@code {"Version":"2012-10-17","Statement":...}}. */
  public static PolicyWriter compact() {
    return COMPACT;
  }

  /** A writer that indents with two spaces, one member or array entry per line. */
  public static PolicyWriter pretty() {
    return PRETTY;
  }

  /** The policy as JSON text. */
  public String write(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    JsonOutput.TextWriter out = new JsonOutput.TextWriter(sizeHint(policy));
    write(policy, out);
    return out.toString();
  }

  /**
   * About as many chars as the pretty form of {@code policy} takes, so that the text is built without growing its
   * buffer (a guess: the buffer still grows when it is short).
   */
  private static int sizeHint(Policy policy) {
    long size = 64;
    for (Statement s : policy.statements()) {
      size += 96 + s.sid().map(String::length).orElse(0);
      size += entries(s.action().orElse(null)) + entries(s.notAction().orElse(null));
      size += entries(s.resource().orElse(null)) + entries(s.notResource().orElse(null));
      if (s.principal().isPresent() || s.notPrincipal().isPresent() || s.condition().isPresent()) {
        size += 256;
      }
    }
    return (int) Math.min(size, 1 << 24);
  }

  /** The chars of the entries of an element: their text, quotes, comma, line break and indentation. */
  private static long entries(@Nullable OneOrMany<?> values) {
    if (values == null) {
      return 0;
    }
    long size = 16;
    for (Object v : values) {
      size += v.toString().length() + 16;
    }
    return size;
  }

  /**
   * Writes the policy to {@code out}, which is flushed but not closed.
   *
   * @throws UncheckedIOException if writing fails
   */
  public void write(Policy policy, Writer out) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = JsonOutput.generator(out, pretty)) {
      writePolicy(g, policy);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /** Writes the policy as one value of a document being generated (a world file embeds policies). */
  static void writeValue(JsonGenerator g, Policy policy) {
    writePolicy(g, policy);
  }

  private static void writePolicy(JsonGenerator g, Policy p) {
    g.writeStartObject();
    p.version().ifPresent(v -> g.writeStringProperty("Version", v.text()));
    p.id().ifPresent(id -> g.writeStringProperty("Id", id));
    g.writeName("Statement");
    if (p.statementArray()) {
      g.writeStartArray();
      for (Statement s : p.statements()) {
        writeStatement(g, s);
      }
      g.writeEndArray();
    } else {
      writeStatement(g, p.statements().get(0));
    }
    g.writeEndObject();
  }

  private static void writeStatement(JsonGenerator g, Statement s) {
    g.writeStartObject();
    s.sid().ifPresent(sid -> g.writeStringProperty("Sid", sid));
    g.writeStringProperty("Effect", s.effect().text());
    writePrincipal(g, "Principal", s.principal());
    writePrincipal(g, "NotPrincipal", s.notPrincipal());
    writeStrings(g, "Action", s.action(), Action::text);
    writeStrings(g, "NotAction", s.notAction(), Action::text);
    writeStrings(g, "Resource", s.resource(), Resource::text);
    writeStrings(g, "NotResource", s.notResource(), Resource::text);
    s.condition().ifPresent(c -> writeCondition(g, c));
    g.writeEndObject();
  }

  private static void writePrincipal(JsonGenerator g, String name, Optional<PrincipalElement> element) {
    if (element.isEmpty()) {
      return;
    }
    PrincipalElement e = element.get();
    g.writeName(name);
    if (e.isWildcard()) {
      g.writeString("*");
      return;
    }
    g.writeStartObject();
    for (PrincipalType type : PrincipalType.values()) {
      OneOrMany<String> values = e.entries().get(type);
      if (values != null) {
        g.writeName(type.key());
        writeOneOrMany(g, values, Function.identity());
      }
    }
    g.writeEndObject();
  }

  private static <T> void writeStrings(JsonGenerator g, String name, Optional<OneOrMany<T>> values,
      Function<T, String> text) {
    if (values.isPresent()) {
      g.writeName(name);
      writeOneOrMany(g, values.get(), text);
    }
  }

  private static <T> void writeOneOrMany(JsonGenerator g, OneOrMany<T> values, Function<T, String> text) {
    if (!values.array()) {
      g.writeString(text.apply(values.get(0)));
      return;
    }
    g.writeStartArray();
    for (T v : values) {
      g.writeString(text.apply(v));
    }
    g.writeEndArray();
  }

  private static void writeCondition(JsonGenerator g, Condition c) {
    g.writeName("Condition");
    g.writeStartObject();
    for (Map.Entry<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> op : c.operators().entrySet()) {
      g.writeName(op.getKey().text());
      g.writeStartObject();
      for (Map.Entry<ConditionKey, OneOrMany<ConditionValue>> key : op.getValue().entrySet()) {
        g.writeName(key.getKey().text());
        OneOrMany<ConditionValue> values = key.getValue();
        if (values.array()) {
          g.writeStartArray();
          for (ConditionValue v : values) {
            writeConditionValue(g, v);
          }
          g.writeEndArray();
        } else {
          writeConditionValue(g, values.get(0));
        }
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeConditionValue(JsonGenerator g, ConditionValue v) {
    switch (v.type()) {
      case STRING -> g.writeString(v.text());
      case NUMBER -> g.writeNumber(v.text());
      case BOOLEAN -> g.writeBoolean(v.text().equals("true"));
    }
  }

  @Override
  public String toString() {
    return pretty ? "PolicyWriter.pretty()" : "PolicyWriter.compact()";
  }
}
