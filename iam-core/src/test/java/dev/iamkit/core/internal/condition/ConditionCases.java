package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.ContextType;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the condition case files under {@code src/test/resources/conditions/*.cases}: a small line-based format,
 * since iam-core has no JSON reader.
 *
 * <pre>
 * # a comment
 * case S3.4 StringEquals matches one of the listed values      (the name must cite a section: S1.2 or A7)
 * version 2008-10-17                                           (optional: 2012-10-17 (default), 2008-10-17, none)
 * when StringEquals aws:username ["alice" "bob"]               (operator, key, one literal or [ literals ])
 * ctx aws:username string "alice"                              (key, type, one value or [ values ] for xxxList)
 * effect deny                                                  (optional: allow (default) or deny, S3.14)
 * expect true                                                  (true or false)
 * missing aws:username                                         (optional: the keys collectMissingKeys reports)
 * diagnostics some                                             (optional: some or none)
 * </pre>
 *
 * Policy literals: {@code "text"} is a JSON string (escapes {@code \" \\ \t \n \\uXXXX}); a bare JSON number or
 * {@code true}/{@code false} keeps that JSON type (S3.14). Context values are quoted or bare text.
 */
final class ConditionCases {
  private ConditionCases() {}

  /** One case. */
  record Case(String file, int line, String name, boolean variablesEnabled, Condition condition,
      RequestContext request, Effect effect, boolean expected, Optional<List<String>> missing, Optional<Boolean> diagnostics) {
    @Override
    public String toString() {
      return file + ":" + line + " " + name;
    }
  }

  static Stream<Case> all() {
    URL dir = ConditionCases.class.getClassLoader().getResource("conditions");
    if (dir == null) {
      throw new IllegalStateException("No conditions/ folder on the test class path");
    }
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".cases")).sorted().toList()) {
        cases.addAll(read(f.getFileName().toString(), Files.readAllLines(f, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (cases.isEmpty()) {
      throw new IllegalStateException("No condition cases found");
    }
    return cases.stream();
  }

  static List<Case> read(String file, List<String> lines) {
    List<Case> cases = new ArrayList<>();
    Builder b = null;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      int lineNo = n + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      String word = space < 0 ? line : line.substring(0, space);
      String rest = space < 0 ? "" : line.substring(space + 1).strip();
      try {
        if (word.equals("case")) {
          if (b != null) {
            cases.add(b.build());
          }
          b = new Builder(file, lineNo, rest);
          continue;
        }
        if (b == null) {
          throw new IllegalArgumentException("expected 'case' first");
        }
        b.line(word, new Tokens(rest));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage() + " in \"" + line + "\"", e);
      }
    }
    if (b != null) {
      cases.add(b.build());
    }
    return cases;
  }

  private static final class Builder {
    private final String file;
    private final int line;
    private final String name;
    private boolean variablesEnabled = true;
    private final Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> condition = new LinkedHashMap<>();
    private final RequestContext.Builder request = RequestContext.builder()
        .principal(Principal.parse("arn:aws:iam::111122223333:user/alice"))
        .action("s3:GetObject")
        .resource("arn:aws:s3:::bucket/key");
    private Boolean expected;
    private Effect effect = Effect.ALLOW;
    private List<String> missing;
    private Boolean diagnostics;

    Builder(String file, int line, String name) {
      if (!name.matches(".*\\b[SA]\\d+(\\.\\d+)?\\b.*")) {
        throw new IllegalArgumentException(file + ":" + line + ": case name must cite a section (S3.4, A9): " + name);
      }
      this.file = file;
      this.line = line;
      this.name = name;
    }

    void line(String word, Tokens t) {
      switch (word) {
        case "version" -> {
          String v = t.word();
          variablesEnabled = switch (v) {
            case "2012-10-17" -> true;
            case "2008-10-17", "none" -> false;
            default -> throw new IllegalArgumentException("unknown version " + v);
          };
        }
        case "when" -> {
          ConditionOperator op = ConditionOperator.parse(t.word());
          Map<ConditionKey, OneOrMany<ConditionValue>> keys = condition.computeIfAbsent(op, o -> new LinkedHashMap<>());
          if (t.atEnd()) {
            return; // an operator without keys
          }
          ConditionKey key = ConditionKey.of(t.text());
          OneOrMany<ConditionValue> values;
          if (t.peek('[')) {
            t.expect('[');
            List<ConditionValue> list = new ArrayList<>();
            while (!t.peek(']')) {
              list.add(t.literal());
            }
            t.expect(']');
            values = OneOrMany.list(list);
          } else {
            values = OneOrMany.one(t.literal());
          }
          keys.put(key, values);
        }
        case "ctx" -> {
          String key = t.text();
          String type = t.word();
          boolean list = type.endsWith("List");
          ContextType ct = ContextType.valueOf(
              (list ? type.substring(0, type.length() - 4) : type).toUpperCase(Locale.ROOT));
          if (list) {
            t.expect('[');
            List<String> values = new ArrayList<>();
            while (!t.peek(']')) {
              values.add(t.text());
            }
            t.expect(']');
            request.context(key, ContextValue.listOf(ct, values));
          } else {
            request.context(key, ContextValue.of(ct, t.text()));
          }
        }
        case "expect" -> expected = Boolean.parseBoolean(t.word());
        case "effect" -> effect = switch (t.word()) {
          case "allow" -> Effect.ALLOW;
          case "deny" -> Effect.DENY;
          default -> throw new IllegalArgumentException("effect is allow or deny");
        };
        case "missing" -> {
          missing = new ArrayList<>();
          while (!t.atEnd()) {
            missing.add(t.text());
          }
        }
        case "diagnostics" -> diagnostics = switch (t.word()) {
          case "some" -> true;
          case "none" -> false;
          default -> throw new IllegalArgumentException("diagnostics is some or none");
        };
        default -> throw new IllegalArgumentException("unknown line type " + word);
      }
      if (!t.atEnd()) {
        throw new IllegalArgumentException("unexpected text after the line's values");
      }
    }

    Case build() {
      if (expected == null) {
        throw new IllegalArgumentException(file + ":" + line + ": case without 'expect'");
      }
      return new Case(file, line, name, variablesEnabled, Condition.of(condition), request.build(), effect, expected,
          Optional.ofNullable(missing), Optional.ofNullable(diagnostics));
    }
  }

  /** A cursor over the tokens of one line. */
  private static final class Tokens {
    private final String s;
    private int i;

    Tokens(String s) {
      this.s = s;
    }

    private void skipSpace() {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
    }

    boolean atEnd() {
      skipSpace();
      return i >= s.length();
    }

    boolean peek(char c) {
      skipSpace();
      if (i >= s.length()) {
        throw new IllegalArgumentException("expected '" + c + "' or more, found the end of the line");
      }
      return s.charAt(i) == c;
    }

    void expect(char c) {
      if (!peek(c)) {
        throw new IllegalArgumentException("expected '" + c + "' at column " + (i + 1));
      }
      i++;
    }

    /** A bare word up to the next space or bracket. */
    String word() {
      skipSpace();
      int start = i;
      while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '[' && s.charAt(i) != ']') {
        i++;
      }
      if (i == start) {
        throw new IllegalArgumentException("expected a word at column " + (i + 1));
      }
      return s.substring(start, i);
    }

    /** A quoted string or a bare word, as text. */
    String text() {
      skipSpace();
      return i < s.length() && s.charAt(i) == '"' ? quoted() : word();
    }

    /** A policy literal: "string", JSON number or true/false. */
    ConditionValue literal() {
      skipSpace();
      if (i < s.length() && s.charAt(i) == '"') {
        return ConditionValue.string(quoted());
      }
      String w = word();
      if (w.equals("true") || w.equals("false")) {
        return ConditionValue.bool(Boolean.parseBoolean(w));
      }
      return ConditionValue.number(w);
    }

    private String quoted() {
      i++; // opening quote
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (i >= s.length()) {
          throw new IllegalArgumentException("unterminated string");
        }
        char c = s.charAt(i++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 't' -> sb.append('\t');
          case 'n' -> sb.append('\n');
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> throw new IllegalArgumentException("unknown escape \\" + e);
        }
      }
    }
  }
}
