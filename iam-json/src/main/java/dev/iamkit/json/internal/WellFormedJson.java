package dev.iamkit.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@link JsonTreeReader}'s fast path for well-formed input: one scan of the text that builds exactly the tree the
 * Jackson path builds (same node types, offsets, member order, number text and decoded strings), or gives up.
 * Used only by {@link JsonTreeReader}, which owns every JSON-level rule and message: this class knows no error,
 * it answers null on anything that is not plainly well-formed and within the limits, and the reader then reads the
 * text again with Jackson, which finds and words the problem.
 *
 * <p>It gives up on: a syntax error of any kind; any escape other than JSON's eight and {@code \\uXXXX}; a raw
 * control character in a string; a raw char outside Latin-1; an escape in a member name; a duplicate member name;
 * content after the root; a root that is not an object or an array; a text of {@code maxChars} or more chars; nesting
 * of {@code maxDepth} or more levels (or more than {@value #MAX_NESTING}, as it recurses); a string, name or number of
 * {@code maxString} or more chars in the source; an object reaching {@code maxMembers} members or an array reaching
 * {@code maxElements} elements. Each bound sits below the one Jackson's path enforces, so an answer is never given
 * where that path reports a problem.
 *
 * <p>Along the way it records what the later stages would otherwise find by walking the tree again: whether every
 * decoded string and member name is plain ({@link #plain()}, the verdict of {@link CharacterCheck#isClean}, as the
 * text outside the root is white space only), and the length of the longest array ({@link #longestArray()}).
 * Not thread-safe; one instance per text.
 */
final class WellFormedJson {
  /** Deepest nesting read by recursion; deeper input takes the Jackson path, which uses an explicit stack. */
  static final int MAX_NESTING = 256;

  /** Up to this many members, duplicate names are found by a scan of the members rather than a hash set. */
  private static final int SCANNED_NAMES = 8;

  /** Eight bytes of a byte[] read as one little-endian long. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long SPACES = ' ' * ONES;

  private final String text;
  /**
   * The chars of {@code text} as bytes (ISO-8859-1), one byte per char when every char is in Latin-1. A char outside
   * Latin-1 becomes '?', so every '?' byte is checked against the char and a raw char outside Latin-1 makes the scan
   * give up; a surrogate pair becomes one '?', so a text holding one has fewer bytes than chars and is given up at
   * once ({@link #read}), before any byte index could stand for the wrong char.
   */
  private final byte[] bytes;
  private final int length;
  private final int maxDepth;
  private final int maxString;
  private final int maxMembers;
  private final int maxElements;
  private int pos;
  /** The members of the objects being read, innermost last; each object's from its base on. */
  private JsonValue.Member[] members = new JsonValue.Member[32];
  private int memberCount;
  /** The elements of the arrays being read, likewise. */
  private JsonValue[] elements = new JsonValue[32];
  private int elementCount;
  private boolean plain = true;
  private int longestArray;

  private WellFormedJson(String text, int maxDepth, int maxString, int maxMembers, int maxElements) {
    this.text = text;
    this.bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    this.length = bytes.length;
    this.maxDepth = Math.min(maxDepth, MAX_NESTING + 1);
    this.maxString = maxString;
    this.maxMembers = maxMembers;
    this.maxElements = maxElements;
  }

  /** A scanner of {@code text} under the given limits (those of {@link JsonTreeReader}). */
  static WellFormedJson of(String text, int maxDepth, int maxString, int maxMembers, int maxElements) {
    return new WellFormedJson(text, maxDepth, maxString, maxMembers, maxElements);
  }

  /**
   * The tree of the text when it is one well-formed object or array, within the limits, followed by nothing but
   * white space; else null.
   */
  @Nullable JsonValue read(int maxChars) {
    if (length >= maxChars || length != text.length()) {
      return null;
    }
    skipWhitespace();
    if (pos >= length) {
      return null;
    }
    char c = at(pos);
    JsonValue root = c == '{' ? object(1) : c == '[' ? array(1) : null;
    if (root == null) {
      return null;
    }
    skipWhitespace();
    return pos == length ? root : null;
  }

  /** Whether every decoded string and member name read is U+0020 to U+007E or U+00A0 to U+00FF. */
  boolean plain() {
    return plain;
  }

  /** The number of elements of the longest array read (0 when there is none). */
  int longestArray() {
    return longestArray;
  }

  private void skipWhitespace() {
    byte[] b = bytes;
    int i = pos;
    while (i < length) {
      byte c = b[i];
      if (c == ' ') {
        if (i + 8 <= length) {
          // a pretty-printed text indents with runs of spaces: up to eight at a time, to the first other byte
          long others = (long) LONGS.get(b, i) ^ SPACES;
          i += others == 0 ? 8 : Long.numberOfTrailingZeros(others) >>> 3;
        } else {
          i++;
        }
      } else if (c == '\n' || c == '\r' || c == '\t') {
        i++;
      } else {
        break;
      }
    }
    pos = i;
  }

  /** The value at {@code pos} (not white space), {@code depth} being the number of containers open around it. */
  private @Nullable JsonValue value(int depth) {
    if (pos >= length) {
      return null;
    }
    char c = at(pos);
    switch (c) {
      case '"' -> {
        int start = pos;
        String s = string(false);
        return s == null ? null : new JsonValue.Str(start, pos, s);
      }
      case '{' -> {
        return object(depth + 1);
      }
      case '[' -> {
        return array(depth + 1);
      }
      case 't' -> {
        return literal("true") ? new JsonValue.Bool(pos - 4, pos, true) : null;
      }
      case 'f' -> {
        return literal("false") ? new JsonValue.Bool(pos - 5, pos, false) : null;
      }
      case 'n' -> {
        return literal("null") ? new JsonValue.Null(pos - 4, pos) : null;
      }
      default -> {
        return c == '-' || c >= '0' && c <= '9' ? number() : null;
      }
    }
  }

  /** The object at {@code pos}, the {@code depth}th container. */
  private JsonValue.@Nullable Obj object(int depth) {
    if (depth >= maxDepth) {
      return null;
    }
    int start = pos;
    pos++;
    skipWhitespace();
    if (pos >= length) {
      return null;
    }
    char c = at(pos);
    if (c == '}') {
      pos++;
      return new JsonValue.Obj(start, pos, List.of());
    }
    int base = memberCount;
    Set<String> names = null;
    while (true) {
      int count = memberCount - base;
      if (c != '"' || count + 1 >= maxMembers) {
        return null;
      }
      int nameStart = pos;
      String name = string(true);
      if (name == null) {
        return null;
      }
      if (count < SCANNED_NAMES) {
        for (int k = base; k < memberCount; k++) {
          if (members[k].name().equals(name)) {
            return null;
          }
        }
      } else {
        if (names == null) {
          names = new HashSet<>();
          for (int k = base; k < memberCount; k++) {
            names.add(members[k].name());
          }
        }
        if (!names.add(name)) {
          return null;
        }
      }
      skipWhitespace();
      if (pos >= length || at(pos) != ':') {
        return null;
      }
      pos++;
      skipWhitespace();
      JsonValue v = value(depth);
      if (v == null) {
        return null;
      }
      if (memberCount == members.length) {
        members = Arrays.copyOf(members, memberCount * 2);
      }
      members[memberCount++] = new JsonValue.Member(name, nameStart, v);
      skipWhitespace();
      if (pos >= length) {
        return null;
      }
      c = at(pos);
      if (c == '}') {
        pos++;
        List<JsonValue.Member> own = entries(members, base, memberCount);
        memberCount = base;
        return new JsonValue.Obj(start, pos, own);
      }
      if (c != ',') {
        return null;
      }
      pos++;
      skipWhitespace();
      if (pos >= length) {
        return null;
      }
      c = at(pos);
    }
  }

  /** The array at {@code pos}, the {@code depth}th container. */
  private JsonValue.@Nullable Arr array(int depth) {
    if (depth >= maxDepth) {
      return null;
    }
    int start = pos;
    pos++;
    skipWhitespace();
    if (pos >= length) {
      return null;
    }
    if (at(pos) == ']') {
      pos++;
      return new JsonValue.Arr(start, pos, List.of());
    }
    int base = elementCount;
    while (true) {
      int count = elementCount - base;
      if (count + 1 >= maxElements) {
        return null;
      }
      JsonValue v = value(depth);
      if (v == null) {
        return null;
      }
      if (elementCount == elements.length) {
        elements = Arrays.copyOf(elements, elementCount * 2);
      }
      elements[elementCount++] = v;
      skipWhitespace();
      if (pos >= length) {
        return null;
      }
      char c = at(pos);
      if (c == ']') {
        pos++;
        List<JsonValue> own = entries(elements, base, elementCount);
        longestArray = Math.max(longestArray, own.size());
        elementCount = base;
        return new JsonValue.Arr(start, pos, own);
      }
      if (c != ',') {
        return null;
      }
      pos++;
      skipWhitespace();
    }
  }

  /**
   * The entries {@code from} to {@code to} of a stack as an immutable list of their own: one or two (most objects and
   * arrays of a policy) in {@link List#of}, which holds them without an array, as the Jackson path's lists do; more in
   * a {@link FrozenList} over a copy of exact size.
   */
  private static <E> List<E> entries(E[] stack, int from, int to) {
    int count = to - from;
    return count == 1 ? List.of(stack[from]) : count == 2 ? List.of(stack[from], stack[from + 1])
        : FrozenList.wrap(Arrays.copyOfRange(stack, from, to));
  }

  /** Whether {@code word} is at {@code pos}, followed by a delimiter; if so, moves past it. */
  private boolean literal(String word) {
    int end = pos + word.length();
    if (end >= length || !text.startsWith(word, pos) || !isDelimiter(at(end))) {
      return false;
    }
    pos = end;
    return true;
  }

  /** The number at {@code pos}: JSON's grammar exactly, followed by a delimiter. */
  private JsonValue.@Nullable Num number() {
    int start = pos;
    int i = pos;
    if (at(i) == '-') {
      i++;
    }
    if (i >= length) {
      return null;
    }
    char c = at(i);
    if (c == '0') {
      i++;
    } else if (c >= '1' && c <= '9') {
      i = digits(i + 1);
    } else {
      return null;
    }
    if (i < length && at(i) == '.') {
      int from = i + 1;
      i = digits(from);
      if (i == from) {
        return null;
      }
    }
    if (i < length && (at(i) == 'e' || at(i) == 'E')) {
      i++;
      if (i < length && (at(i) == '+' || at(i) == '-')) {
        i++;
      }
      int from = i;
      i = digits(from);
      if (i == from) {
        return null;
      }
    }
    // Jackson holds a number's text to the string limit too
    if (i >= length || !isDelimiter(at(i)) || i - start >= maxString) {
      return null;
    }
    pos = i;
    return new JsonValue.Num(start, i, text.substring(start, i));
  }

  /** The end of the run of ASCII digits from {@code from}. */
  private int digits(int from) {
    int i = from;
    while (i < length) {
      char c = at(i);
      if (c < '0' || c > '9') {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean isDelimiter(char c) {
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /**
   * The decoded string whose opening quote is at {@code pos}; moves past its closing quote. A member {@code name}
   * with an escape is left to Jackson, which decodes names its own way (it rejects some surrogates there).
   */
  private @Nullable String string(boolean name) {
    byte[] b = bytes;
    int from = pos + 1;
    int i = from;
    while (true) {
      while (i + 8 <= length) {
        long special = special((long) LONGS.get(b, i));
        if (special != 0) {
          i += Long.numberOfTrailingZeros(special) >>> 3;
          break;
        }
        i += 8;
      }
      if (i >= length) {
        return null;
      }
      int c = b[i] & 0xff;
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        return name ? null : escaped(from, i);
      }
      if (c < 0x20 || c == '?' && text.charAt(i) != '?') {
        return null;
      }
      if (c >= 0x7f) {
        plain &= CharacterCheck.isPlain((char) c);
      }
      i++;
    }
    if (i - from >= maxString) {
      return null;
    }
    pos = i + 1;
    return text.substring(from, i);
  }

  /**
   * The bytes of {@code w} that end or interrupt the plain run of a string, each marked by its high bit: '"', '\\',
   * '?', below U+0020, U+007F and above. Bytes above the lowest marked one may be marked wrongly (borrows and carries
   * move up), so only the lowest mark counts.
   */
  private static long special(long w) {
    long quote = w ^ '"' * ONES;
    long backslash = w ^ '\\' * ONES;
    long question = w ^ '?' * ONES;
    return ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (question - ONES) & ~question
        | (w - 0x20 * ONES) & ~w | (w + ONES | w)) & HIGHS;
  }

  /** The rest of {@link #string(boolean)} from the first backslash at {@code at}. */
  private @Nullable String escaped(int from, int at) {
    StringBuilder sb = new StringBuilder(at - from + 16);
    sb.append(text, from, at);
    int i = at;
    while (true) {
      if (i >= length) {
        return null;
      }
      char c = text.charAt(i);
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        if (i + 1 >= length) {
          return null;
        }
        char e = text.charAt(i + 1);
        char d;
        switch (e) {
          case '"', '\\', '/' -> d = e;
          case 'b' -> d = '\b';
          case 'f' -> d = '\f';
          case 'n' -> d = '\n';
          case 'r' -> d = '\r';
          case 't' -> d = '\t';
          case 'u' -> {
            if (i + 5 >= length) {
              return null;
            }
            int v = 0;
            for (int k = i + 2; k < i + 6; k++) {
              int h = hex(text.charAt(k));
              if (h < 0) {
                return null;
              }
              v = v << 4 | h;
            }
            d = (char) v;
            i += 4;
          }
          default -> {
            return null;
          }
        }
        i += 2;
        plain &= CharacterCheck.isPlain(d);
        sb.append(d);
        continue;
      }
      if (c < 0x20 || c > 0xff) {
        return null;
      }
      plain &= CharacterCheck.isPlain(c);
      sb.append(c);
      i++;
    }
    if (i - from >= maxString) {
      return null;
    }
    pos = i + 1;
    return sb.toString();
  }

  /** The byte at {@code i} as a char: the char of the text unless it is '?' (see {@link #bytes}). */
  private char at(int i) {
    return (char) (bytes[i] & 0xff);
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
