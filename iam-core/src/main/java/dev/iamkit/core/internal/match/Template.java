package dev.iamkit.core.internal.match;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Policy text that may contain policy variables (S4), compiled once into glob fragments and resolved per
 * request. Immutable and thread-safe.
 *
 * <p>Recognised forms when variables are enabled (policy Version 2012-10-17, S4.3), as parsed by
 * {@link VariableSyntax}:
 * <ul>
 *   <li>{@code ${KEY}}: the single value of the context key {@code KEY}, looked up ignoring case (S4.1). The key
 *       is the text between <code>${</code> and the first <code>}</code>, trimmed.
 *   <li>{@code ${KEY, 'DEFAULT'}}: the same, with a default used when the key is absent (S4.5). Any white space
 *       (or none) may follow the comma; the default is taken literally, without variables or escapes, and cannot
 *       contain <code>}</code> (the first <code>}</code> closes the variable, as in iam-simulate). When the
 *       text after the comma is not a single-quoted string, the whole inner text is the key (which then never
 *       resolves unless a context key of that exact name exists).
 *   <li>{@code ${*}}, {@code ${?}}, {@code ${$}}: a literal {@code *}, {@code ?}, {@code $} (S4.6).
 *   <li><code>${</code> without a closing <code>}</code>: literal text.
 * </ul>
 * When variables are disabled the whole text is taken as written: {@code ${aws:username}} matches only itself,
 * while {@code *} and {@code ?} in it stay wildcards (S4.3).
 *
 * <p>Resolution (S4.4, S4.5, S4.7): an absent key takes its default, or makes the template <em>unresolvable</em>;
 * a multivalued (list) key is always unresolvable, default or not; an empty string is a value. Substituted
 * text is literal (A10): a {@code *} in a value matches only {@code *}.
 *
 * <p>A template without variables is compiled to one {@link Glob} at construction, so {@link #resolve} does no
 * work per request.
 *
 * <pre>{@code
 * Template t = Template.pattern("home/${aws:username}/*", true, false);
 * t.resolve(request);   // Optional[home/alice/*] when aws:username is "alice"; empty when absent
 * }</pre>
 */
public final class Template {

  /**
   * One policy variable of a template.
   *
   * @param key the key as written (trimmed), for reports
   * @param normalizedKey the key lower-cased with {@link Locale#ROOT}, for lookups
   * @param defaultValue the default, if written
   */
  public record Variable(String key, String normalizedKey, Optional<String> defaultValue) {
    /** Checks for nulls. */
    public Variable {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(normalizedKey, "normalizedKey");
      Objects.requireNonNull(defaultValue, "defaultValue");
    }
  }

  /** A parsed piece of template text. */
  private sealed interface Piece permits Text, Escape, Var {}

  /** Policy text: wildcards are wildcards (when the template allows them). */
  private record Text(String text) implements Piece {}

  /** {@code ${*}}, {@code ${?}} or {@code ${$}}: one literal character. */
  private record Escape(char c) implements Piece {}

  private record Var(Variable variable) implements Piece {}

  private final String text;
  private final boolean wildcards;
  private final boolean ignoreCase;
  /** Alternating static fragments and variables: each element is a Glob fragment or a Variable. */
  private final Object[] parts;
  private final List<Piece> pieces;
  private final List<Variable> variables;
  private final Optional<Glob> precompiled;

  private Template(String text, List<Piece> pieces, boolean wildcards, boolean ignoreCase) {
    this.text = text;
    this.pieces = List.copyOf(pieces);
    this.wildcards = wildcards;
    this.ignoreCase = ignoreCase;
    List<Object> compiled = new ArrayList<>();
    List<Variable> vars = new ArrayList<>();
    Glob.Builder fragment = null;
    for (Piece piece : pieces) {
      if (piece instanceof Var v) {
        if (fragment != null) {
          compiled.add(fragment.build());
          fragment = null;
        }
        compiled.add(v.variable());
        vars.add(v.variable());
        continue;
      }
      if (fragment == null) {
        fragment = Glob.builder(ignoreCase);
      }
      if (piece instanceof Text t) {
        if (wildcards) {
          fragment.wildcards(t.text());
        } else {
          fragment.literal(t.text());
        }
      } else if (piece instanceof Escape e) {
        fragment.literal(String.valueOf(e.c()));
      }
    }
    if (fragment != null || compiled.isEmpty()) {
      compiled.add(fragment == null ? Glob.builder(ignoreCase).build() : fragment.build());
    }
    this.parts = compiled.toArray();
    this.variables = List.copyOf(vars);
    this.precompiled = vars.isEmpty() ? Optional.of((Glob) parts[0]) : Optional.empty();
  }

  /**
   * Compiles policy text in which {@code *} and {@code ?} are wildcards (StringLike, ARN operators, resources).
   *
   * @param text the text as written in the policy
   * @param variablesEnabled whether policy variables and escapes are recognised (S4.3)
   * @param ignoreCase whether matching ignores case (S3.4)
   */
  public static Template pattern(String text, boolean variablesEnabled, boolean ignoreCase) {
    Objects.requireNonNull(text, "text");
    return new Template(text, parse(text, variablesEnabled), true, ignoreCase);
  }

  /**
   * Compiles policy text that matches only itself: {@code *} and {@code ?} are ordinary characters
   * (StringEquals and other exact comparisons).
   *
   * @param text the text as written in the policy
   * @param variablesEnabled whether policy variables and escapes are recognised (S4.3)
   * @param ignoreCase whether matching ignores case (S3.4)
   */
  public static Template exact(String text, boolean variablesEnabled, boolean ignoreCase) {
    Objects.requireNonNull(text, "text");
    return new Template(text, parse(text, variablesEnabled), false, ignoreCase);
  }

  /**
   * Compiles an ARN-shaped condition value (S3.10) as up to six field templates, split at the first five
   * colons of the policy text; colons inside variables ({@code ${aws:PrincipalAccount}}) and defaults do not
   * split. The sixth field keeps any further colons. Fewer than six templates come back when the text has
   * fewer than five such colons.
   */
  public static List<Template> compileArnFields(String text, boolean variablesEnabled, boolean ignoreCase) {
    Objects.requireNonNull(text, "text");
    List<Template> result = new ArrayList<>(RequestResource.FIELDS);
    int start = 0;
    int colon;
    while (result.size() < RequestResource.FIELDS - 1 && (colon = arnColon(text, start, variablesEnabled)) >= 0) {
      result.add(arnField(text.substring(start, colon), variablesEnabled, ignoreCase));
      start = colon + 1;
    }
    result.add(arnField(text.substring(start), variablesEnabled, ignoreCase));
    return List.copyOf(result);
  }

  /**
   * How many templates {@link #compileArnFields} gives for {@code text} (1 to 6), found without compiling or
   * allocating anything.
   */
  public static int arnFieldCount(String text, boolean variablesEnabled) {
    Objects.requireNonNull(text, "text");
    int count = 1;
    int start = 0;
    int colon;
    while (count < RequestResource.FIELDS && (colon = arnColon(text, start, variablesEnabled)) >= 0) {
      count++;
      start = colon + 1;
    }
    return count;
  }

  /**
   * The first colon at or after {@code from} that separates ARN fields: one outside every variable and escape
   * sequence (a <code>${</code> without a closing brace is literal text, and its colons separate).
   */
  private static int arnColon(String text, int from, boolean variablesEnabled) {
    int at = from;
    while (true) {
      int colon = text.indexOf(':', at);
      if (colon < 0 || !variablesEnabled) {
        return colon;
      }
      int open = text.indexOf("${", at);
      if (open < 0 || open > colon) {
        return colon;
      }
      int end = VariableSyntax.sequenceEnd(text, open);
      if (end < 0) {
        return colon;
      }
      at = end;
    }
  }

  /**
   * One field of {@link #compileArnFields}: no sequence crosses a separating colon, so the field parses alone as
   * it would inside the whole text.
   */
  private static Template arnField(String field, boolean variablesEnabled, boolean ignoreCase) {
    List<Piece> pieces = field.isEmpty() ? List.of() : parse(field, variablesEnabled);
    return new Template(render(pieces), pieces, true, ignoreCase);
  }

  private static List<Piece> parse(String s, boolean variablesEnabled) {
    List<Piece> pieces = new ArrayList<>();
    if (!variablesEnabled) {
      pieces.add(new Text(s));
      return pieces;
    }
    StringBuilder buf = new StringBuilder();
    for (VariableSyntax.Segment segment : VariableSyntax.scan(s)) {
      switch (segment.kind()) {
        case TEXT, UNCLOSED -> buf.append(segment.text());
        case ESCAPE, VARIABLE -> {
          if (buf.length() > 0) {
            pieces.add(new Text(buf.toString()));
            buf.setLength(0);
          }
          pieces.add(segment.kind() == VariableSyntax.Kind.ESCAPE ? new Escape(segment.escaped())
              : new Var(Objects.requireNonNull(segment.variable())));
        }
      }
    }
    if (buf.length() > 0) {
      pieces.add(new Text(buf.toString()));
    }
    return pieces;
  }

  private static String render(List<Piece> pieces) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) {
      if (p instanceof Text t) {
        sb.append(t.text());
      } else if (p instanceof Escape e) {
        sb.append("${").append(e.c()).append('}');
      } else if (p instanceof Var v) {
        sb.append("${").append(v.variable().key());
        v.variable().defaultValue().ifPresent(d -> sb.append(", '").append(d).append('\''));
        sb.append('}');
      }
    }
    return sb.toString();
  }

  /** The text as written (for a field of {@link #compileArnFields}, the field re-rendered). */
  public String text() {
    return text;
  }

  /** Whether the template contains at least one variable. */
  public boolean hasVariables() {
    return !variables.isEmpty();
  }

  /** The variables in order of appearance. */
  public List<Variable> variables() {
    return variables;
  }

  /** Whether {@code *} and {@code ?} of the policy text are wildcards. */
  public boolean wildcards() {
    return wildcards;
  }

  /** The glob when the template has no variables. */
  public Optional<Glob> glob() {
    return precompiled;
  }

  /**
   * The glob for this request, with every variable replaced by its literal value (S4.4); empty when a variable
   * is unresolvable (absent without default, or multivalued, S4.5, S4.7). Without variables this returns the
   * precompiled glob.
   */
  public Optional<Glob> resolve(RequestContext request) {
    if (precompiled.isPresent()) {
      return precompiled;
    }
    Glob.Builder b = Glob.builder(ignoreCase);
    return fill(b, request.values()) ? Optional.of(b.build()) : Optional.empty();
  }

  /** Appends the fragments and variable values to {@code b}; false when a variable is unresolvable (S4.5, S4.7). */
  private boolean fill(Glob.Builder b, Map<String, ContextValue> values) {
    for (Object part : parts) {
      if (part instanceof Glob g) {
        b.append(g);
      } else {
        String value = value((Variable) part, values);
        if (value == null) {
          return false;
        }
        b.literal(value);
      }
    }
    return true;
  }

  /**
   * A builder per thread and case mode for {@link #matches}: resolving a template for one match then allocates
   * nothing, and no thread shares it.
   */
  private static final ThreadLocal<Glob.Builder[]> SCRATCH =
      ThreadLocal.withInitial(() -> new Glob.Builder[] {Glob.builder(false), Glob.builder(true)});

  /** Whether every variable of the template has a value for the request (S4.5, S4.7): {@link #resolve} is present. */
  public boolean resolvable(RequestContext request) {
    if (precompiled.isPresent()) {
      return true;
    }
    Map<String, ContextValue> values = request.values();
    for (Object part : parts) {
      if (part instanceof Variable v && value(v, values) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code [from, to)} of {@code text} matches the template resolved for the request: as
   * {@code resolve(request).map(g -> g.matches(text, from, to)).orElse(false)}, without allocating.
   */
  public boolean matches(RequestContext request, CharSequence text, int from, int to) {
    Optional<Glob> fixed = precompiled;
    if (fixed.isPresent()) {
      return fixed.get().matches(text, from, to);
    }
    Glob.Builder b = SCRATCH.get()[ignoreCase ? 1 : 0].clear();
    return fill(b, request.values()) && b.matches(text, from, to);
  }

  /**
   * The text with variables and escapes replaced (wildcards of the policy text kept as written); empty when a
   * variable is unresolvable. Used where the result is parsed rather than matched (Bool, A6).
   */
  public Optional<String> resolveText(RequestContext request) {
    if (pieces.size() == 1 && pieces.get(0) instanceof Text t) {
      return Optional.of(t.text());
    }
    Map<String, ContextValue> values = request.values();
    StringBuilder sb = new StringBuilder();
    for (Piece piece : pieces) {
      if (piece instanceof Text t) {
        sb.append(t.text());
      } else if (piece instanceof Escape e) {
        sb.append(e.c());
      } else if (piece instanceof Var v) {
        String value = value(v.variable(), values);
        if (value == null) {
          return Optional.empty();
        }
        sb.append(value);
      }
    }
    return Optional.of(sb.toString());
  }

  /**
   * The text with escapes replaced (wildcards of the policy text kept as written) when the template has no
   * variables; empty when it has some.
   */
  public Optional<String> staticText() {
    if (hasVariables()) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    for (Piece piece : pieces) {
      if (piece instanceof Text t) {
        sb.append(t.text());
      } else if (piece instanceof Escape e) {
        sb.append(e.c());
      }
    }
    return Optional.of(sb.toString());
  }

  /** The variables that make this template unresolvable for the request, in order. */
  public List<Variable> unresolvable(RequestContext request) {
    List<Variable> result = new ArrayList<>();
    for (Variable v : variables) {
      if (value(v, request.values()) == null) {
        result.add(v);
      }
    }
    return result;
  }

  /** Passes the key (as written) of every variable whose key is absent from the request, defaults or not. */
  public void collectMissingKeys(RequestContext request, Consumer<String> sink) {
    for (Variable v : variables) {
      if (!request.values().containsKey(v.normalizedKey())) {
        sink.accept(v.key());
      }
    }
  }

  private static @Nullable String value(Variable v, Map<String, ContextValue> values) {
    ContextValue cv = values.get(v.normalizedKey());
    if (cv == null) {
      return v.defaultValue().orElse(null);
    }
    if (cv.isList()) {
      return null;
    }
    return cv.values().get(0);
  }

  @Override
  public String toString() {
    return text;
  }
}
