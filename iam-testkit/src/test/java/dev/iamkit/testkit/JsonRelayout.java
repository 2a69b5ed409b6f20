package dev.iamkit.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Rewrites a JSON text into an equivalent one (S1.1: member order and white space are free): members of
 * every object in a random order, random white space (space, TAB, LF, CR) between tokens, and string
 * characters randomly written as {@code \\uXXXX} (either hex case), {@code \\/} or the short escapes.
 * Array order, number texts and all values are kept. A test helper with its own small parser, independent
 * of the reader under test; deterministic for a given seed.
 */
final class JsonRelayout {
  private static final String[] SPACES = {"", "", " ", "\n", "\t", "\r\n", "  \n    ", " \t "};

  private final SplittableRandom random;

  private JsonRelayout(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** {@code json} rewritten with the layout drawn from {@code seed}. */
  static String relayout(String json, long seed) {
    Object tree = new Parser(json).document();
    JsonRelayout r = new JsonRelayout(seed);
    StringBuilder out = new StringBuilder();
    r.space(out);
    r.write(tree, out);
    r.space(out);
    return out.toString();
  }

  /** The tree of {@code json}: maps (equal whatever their member order), lists, strings and {@link Literal}s. */
  static Object parse(String json) {
    return new Parser(json).document();
  }

  private void space(StringBuilder out) {
    out.append(SPACES[random.nextInt(SPACES.length)]);
  }

  @SuppressWarnings("unchecked")
  private void write(Object value, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      List<Map.Entry<String, Object>> entries = new ArrayList<>(((Map<String, Object>) map).entrySet());
      // Fisher-Yates with our own random, so the order depends only on the seed.
      for (int i = entries.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Map.Entry<String, Object> t = entries.get(i);
        entries.set(i, entries.get(j));
        entries.set(j, t);
      }
      out.append('{');
      for (int i = 0; i < entries.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        space(out);
        string(entries.get(i).getKey(), out);
        space(out);
        out.append(':');
        space(out);
        write(entries.get(i).getValue(), out);
        space(out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        space(out);
        write(list.get(i), out);
        space(out);
      }
      out.append(']');
    } else if (value instanceof String s) {
      string(s, out);
    } else {
      out.append(((Literal) value).text());
    }
  }

  private void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int coin = random.nextInt(10);
      if (c == '"' || c == '\\' || c < 0x20 || coin == 0) {
        switch (c) {
          case '"' -> out.append(coin < 5 ? "\\\"" : unicode(c));
          case '\\' -> out.append(coin < 5 ? "\\\\" : unicode(c));
          case '\n' -> out.append(coin < 5 ? "\\n" : unicode(c));
          case '\t' -> out.append(coin < 5 ? "\\t" : unicode(c));
          case '\r' -> out.append(coin < 5 ? "\\r" : unicode(c));
          case '/' -> out.append(random.nextBoolean() ? "\\/" : unicode(c));
          default -> out.append(unicode(c));
        }
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private String unicode(char c) {
    String hex = String.format(Locale.ROOT, "%04x", (int) c);
    return "\\u" + (random.nextBoolean() ? hex.toUpperCase(Locale.ROOT) : hex);
  }

  /** A number, {@code true}, {@code false} or {@code null}, kept as written. */
  record Literal(String text) {}

  /** A strict JSON parser building maps (in document order), lists, strings and {@link Literal}s. */
  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    Object document() {
      Object v = value();
      skip();
      if (i != s.length()) {
        throw error("trailing content");
      }
      return v;
    }

    private Object value() {
      skip();
      if (i >= s.length()) {
        throw error("unexpected end");
      }
      char c = s.charAt(i);
      if (c == '{') {
        i++;
        Map<String, Object> map = new LinkedHashMap<>();
        skip();
        if (peek('}')) {
          i++;
          return map;
        }
        do {
          skip();
          String key = string();
          skip();
          expect(':');
          if (map.put(key, value()) != null) {
            throw error("duplicate key " + key);
          }
          skip();
        } while (next() == ',');
        i--;
        expect('}');
        return map;
      }
      if (c == '[') {
        i++;
        List<Object> list = new ArrayList<>();
        skip();
        if (peek(']')) {
          i++;
          return list;
        }
        do {
          list.add(value());
          skip();
        } while (next() == ',');
        i--;
        expect(']');
        return list;
      }
      if (c == '"') {
        return string();
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eEtrufalsn".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      if (start == i) {
        throw error("unexpected character");
      }
      return new Literal(s.substring(start, i));
    }

    private String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> throw error("bad escape");
        }
      }
    }

    private void skip() {
      while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }

    private boolean peek(char c) {
      return i < s.length() && s.charAt(i) == c;
    }

    private char next() {
      if (i >= s.length()) {
        throw error("unexpected end");
      }
      return s.charAt(i++);
    }

    private void expect(char c) {
      if (next() != c) {
        i--;
        throw error("expected '" + c + "'");
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at " + i + " in " + s);
    }
  }
}
