package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.json.PolicyReader;
import dev.iamkit.json.ReadLimits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON text into a {@link JsonValue} tree with Jackson's streaming parser, reporting JSON-level
 * problems: syntax errors, duplicate member names (S1.1), nesting deeper than the limit, trailing content.
 * Immutable and thread-safe.
 *
 * <p>The tree is built with an explicit stack (no recursion), and Jackson's {@link StreamReadConstraints}
 * bound the nesting depth, so hostile input such as 100,000 nested arrays fails fast with a problem instead
 * of a stack overflow.
 *
 * <p>Well-formed text of up to a mebibyte within the limits, such as every AWS managed policy, is read by one
 * hand-written scan ({@link WellFormedJson}) that builds the same tree several times faster; anything else is read
 * from the start by Jackson, so every problem is found and worded here, one way.
 *
 * <p>Duplicate names are detected here rather than with {@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}:
 * Jackson's detection throws and stops the parse, while the lenient policy reader must report every
 * duplicate, with the position of the second occurrence, and keep reading. The first occurrence wins.
 */
public final class JsonTreeReader {
  private final JsonFactory factory;
  private final int maxChars;
  private final int maxDepth;
  private final int maxString;
  private final int maxMembers;
  private final int maxElements;

  /**
   * A reader for documents of at most {@code maxChars} chars and {@code maxDepth} levels of nesting.
   */
  public JsonTreeReader(int maxChars, int maxDepth) {
    this(maxChars, maxDepth, Math.max(maxChars, 1), Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /**
   * A reader for documents of at most {@code maxChars} chars, held to {@code limits}' depth, string length and
   * counts of members and elements: each checked as the token is read, before the tree grows past it.
   */
  public JsonTreeReader(int maxChars, ReadLimits limits) {
    this(maxChars, limits.maxDepth(), limits.maxStringChars(), limits.maxMembers(), limits.maxElements());
  }

  private JsonTreeReader(int maxChars, int maxDepth, int maxString, int maxMembers, int maxElements) {
    this.maxChars = maxChars;
    this.maxDepth = maxDepth;
    this.maxString = maxString;
    this.maxMembers = maxMembers;
    this.maxElements = maxElements;
    this.factory = JsonFactory.builder()
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth)
            .maxDocumentLength(maxChars)
            .maxStringLength(maxString)
            .maxNameLength(maxString)
            .maxNumberLength(Math.max(maxChars, 1))
            .build())
        .build();
  }

  /** An open object or array. Pointers are built on demand from the parent chain, so deep input costs O(depth). */
  private static final class Frame {
    /** Up to this many members, duplicate names are found by a scan of the members rather than a hash set. */
    private static final int SCANNED_NAMES = 8;

    final boolean object;
    final int start;
    final @Nullable Frame parent;
    /** For the root frame, its pointer; else null. */
    private final @Nullable String rootPointer;
    /** In an object parent, the member name this frame is the value of (null when there was none); else null. */
    private final @Nullable String memberName;
    /** In an array parent, this frame's index; else -1. */
    private final int elementIndex;
    final List<JsonValue.Member> members;
    final List<JsonValue> elements;
    /** Every name seen, once the object has more than {@value #SCANNED_NAMES} members; null before. */
    private @Nullable Set<String> names;
    @Nullable String pendingName;
    int pendingNameStart;
    boolean pendingDuplicate;

    Frame(boolean object, int start, @Nullable Frame parent, String rootPointer) {
      this.object = object;
      this.start = start;
      this.parent = parent;
      if (parent == null) {
        this.rootPointer = rootPointer;
        this.memberName = null;
        this.elementIndex = -1;
      } else {
        this.rootPointer = null;
        this.memberName = parent.object ? parent.pendingName : null;
        this.elementIndex = parent.object ? -1 : parent.elements.size();
      }
      this.members = object ? new ArrayList<>() : List.of();
      this.elements = object ? List.of() : new ArrayList<>();
    }

    /** Records the name of the member being read; false when an earlier member has it (a duplicate). */
    boolean addName(String name) {
      if (names != null) {
        return names.add(name);
      }
      if (hasName(name)) {
        return false;
      }
      if (members.size() >= SCANNED_NAMES) {
        Set<String> all = new HashSet<>();
        for (JsonValue.Member m : members) {
          all.add(m.name());
        }
        all.add(name);
        names = all;
      }
      return true;
    }

    /** Whether a member named {@code name} was read in this object. */
    boolean hasName(String name) {
      if (names != null) {
        return names.contains(name);
      }
      for (JsonValue.Member m : members) {
        if (m.name().equals(name)) {
          return true;
        }
      }
      return false;
    }

    /** This frame's reference token in its parent ("/name" or "/index"), or the root pointer. */
    private String segment() {
      if (parent == null) {
        return Objects.requireNonNull(rootPointer, "rootPointer");
      }
      if (parent.object) {
        return memberName == null ? "" : Pointers.child("", memberName);
      }
      return "/" + elementIndex;
    }

    /** This container's JSON pointer. */
    String pointer() {
      List<String> segments = new ArrayList<>();
      Frame f = this;
      while (f.parent != null) {
        segments.add(f.segment());
        f = f.parent;
      }
      StringBuilder sb = new StringBuilder(f.segment());
      for (int i = segments.size() - 1; i >= 0; i--) {
        sb.append(segments.get(i));
      }
      return sb.toString();
    }

    /** The reference token ("/name" or "/index") of the value about to be read in this container. */
    String childSegment() {
      if (object) {
        return pendingName == null ? "" : Pointers.child("", pendingName);
      }
      return "/" + elements.size();
    }

    /** The pointer of the value about to be read in this container. */
    String childPointer() {
      return pointer() + childSegment();
    }
  }

  /**
   * What was read.
   *
   * @param root the root value: complete, or (after a syntax error) the part read so far with every open
   *     container closed at the end of the text; null when nothing was read
   * @param complete whether the text is exactly one well-formed JSON value
   * @param plain true when the text is known to be white space around {@code root} and every decoded string and
   *     member name of {@code root} is U+0020 to U+007E or U+00A0 to U+00FF: {@link CharacterCheck#isClean} holds;
   *     false when that is not known
   * @param longestArray the number of elements of the longest array of {@code root}, or -1 when not known
   */
  public record Result(@Nullable JsonValue root, boolean complete, boolean plain, int longestArray) {
    /** A result with nothing known beyond the tree. */
    public Result(@Nullable JsonValue root, boolean complete) {
      this(root, complete, false, -1);
    }

    /** The root when the text was one well-formed JSON value, else null. */
    public @Nullable JsonValue completeRoot() {
      return complete ? root : null;
    }
  }

  /**
   * The longest text the fast path scans: the default {@link ReadLimits#maxPolicyChars()}, room for any policy (the
   * largest AWS managed policy has 243,027 chars). The scan works on a byte copy of the text, which for a larger file
   * (a simulation, world or scenario file of up to 16 MiB) would add the file's size to the memory the read needs at
   * its peak; such files are read by Jackson's parser, whose buffers are small.
   */
  static final int FAST_PATH_MAX_CHARS = PolicyReader.DEFAULT_MAX_DOCUMENT_CHARS;

  /**
   * Reads {@code text}; problems go to {@code problems} under pointers starting with {@code pointerPrefix}. Text of at
   * most {@value #FAST_PATH_MAX_CHARS} chars that is plainly well-formed and within the limits is read by one scan
   * ({@link WellFormedJson}); anything else, from the start, by Jackson's parser, which finds and reports the
   * problems.
   */
  public Result read(String text, String pointerPrefix, Problems problems) {
    if (text.length() <= FAST_PATH_MAX_CHARS) {
      WellFormedJson scan = WellFormedJson.of(text, maxDepth, maxString, maxMembers, maxElements);
      JsonValue root = scan.read(maxChars);
      if (root != null) {
        return new Result(root, true, scan.plain(), scan.longestArray());
      }
    }
    return readWithJackson(text, pointerPrefix, problems);
  }

  /** {@link #read} by Jackson's parser alone: what the fast path must agree with (tests call it directly). */
  Result readWithJackson(String text, String pointerPrefix, Problems problems) {
    Deque<Frame> stack = new ArrayDeque<>();
    JsonValue root = null;
    int lastOff = -1;
    JsonParser p = factory.createParser(ObjectReadContext.empty(), text);
    try (p) {
      JsonToken t;
      while (root == null && (t = p.nextToken()) != null) {
        int off = offset(p.currentTokenLocation());
        lastOff = off;
        JsonValue value = null;
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            Frame parent = stack.peek();
            stack.push(new Frame(t == JsonToken.START_OBJECT, off, parent, pointerPrefix));
          }
          case PROPERTY_NAME -> {
            Frame f = stack.peek();
            String name = p.currentName();
            f.pendingName = name;
            f.pendingNameStart = off;
            if (f.members.size() >= maxMembers) {
              problems.error(ProblemCode.DOCUMENT_TOO_LARGE, Limits.exceeded("Too many members in one object",
                  "maxMembers", maxMembers), Pointers.child(f.pointer(), name), off);
              return new Result(partial(stack, text.length()), false);
            }
            f.pendingDuplicate = !f.addName(name);
            if (f.pendingDuplicate) {
              problems.error(ProblemCode.DUPLICATE_KEY, "Duplicate member " + IamException.quote(name)
                  + ": a name may occur only once in an object (S1.1)", Pointers.child(f.pointer(), name), off);
            }
          }
          case END_OBJECT -> {
            Frame f = stack.pop();
            value = new JsonValue.Obj(f.start, off + 1, f.members);
          }
          case END_ARRAY -> {
            Frame f = stack.pop();
            value = new JsonValue.Arr(f.start, off + 1, f.elements);
          }
          case VALUE_STRING -> {
            String s = p.getString();
            value = new JsonValue.Str(off, Math.max(off + 2, offset(p.currentLocation())), s);
          }
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
            String n = p.getString();
            value = new JsonValue.Num(off, off + n.length(), n);
          }
          case VALUE_TRUE -> value = new JsonValue.Bool(off, off + 4, true);
          case VALUE_FALSE -> value = new JsonValue.Bool(off, off + 5, false);
          case VALUE_NULL -> value = new JsonValue.Null(off, off + 4);
          default -> throw new IllegalStateException("Unexpected JSON token " + t);
        }
        if (value != null) {
          if (stack.isEmpty()) {
            root = value;
          } else {
            Frame parent = stack.peek();
            if (parent.object) {
              if (!parent.pendingDuplicate) {
                parent.members.add(new JsonValue.Member(
                    Objects.requireNonNull(parent.pendingName, "pendingName"), parent.pendingNameStart, value));
              }
              parent.pendingName = null;
            } else if (parent.elements.size() >= maxElements) {
              problems.error(ProblemCode.DOCUMENT_TOO_LARGE, Limits.exceeded("Too many elements in one array",
                  "maxElements", maxElements), parent.childPointer(), value.start());
              return new Result(partial(stack, text.length()), false);
            } else {
              parent.elements.add(value);
            }
          }
        }
      }
      if (root == null && stack.isEmpty()) {
        problems.error(ProblemCode.JSON_SYNTAX, "Expected a JSON object, found no content", pointerPrefix, text.length());
        return new Result(null, false);
      }
    } catch (StreamConstraintsException e) {
      String pointer = stack.isEmpty() ? pointerPrefix : stack.peek().childPointer();
      if (stack.size() >= maxDepth) {
        int from = lastOff < 0 ? 0 : lastOff;
        if (from < text.length() && (text.charAt(from) == '[' || text.charAt(from) == '{')) {
          from++;
        }
        int off = nextOpening(text, from);
        problems.error(ProblemCode.NESTING_TOO_DEEP, "Nesting deeper than the maxDepth limit of " + maxDepth
            + " levels of objects and arrays (a policy needs 6; raise it with ReadLimits.builder().maxDepth(n))",
            shortPointer(pointer, pointerPrefix), off);
      } else {
        problems.error(ProblemCode.DOCUMENT_TOO_LARGE, limitMessage(e, maxString),
            pointer, lastOff >= 0 && isStringLimit(e) ? lastOff
                : e.getLocation() == null ? text.length() : offset(e.getLocation()));
      }
      return new Result(partial(stack, text.length()), false);
    } catch (JacksonException e) {
      String pointer = stack.isEmpty() ? pointerPrefix : stack.peek().childPointer();
      Frame top = stack.peek();
      String name = top != null && top.object && top.pendingName == null ? safeCurrentName(p) : null;
      if (name != null && !top.hasName(name)) {
        // Jackson reads a member name together with the start of its value: the error is in that value
        pointer = Pointers.child(top.pointer(), name);
      }
      int off = e.getLocation() == null ? text.length() : offset(e.getLocation());
      problems.error(ProblemCode.JSON_SYNTAX, "Not valid JSON: " + syntaxMessage(e.getOriginalMessage(), text,
          Math.min(off, text.length()), top), pointer, Math.min(off, text.length()));
      return new Result(partial(stack, text.length()), false);
    }
    // Jackson throws before the end of input unless the root value is complete.
    int trailing = firstNonWhitespace(text, Objects.requireNonNull(root, "root").end());
    if (trailing < text.length()) {
      problems.error(ProblemCode.TRAILING_CONTENT, "Unexpected content after the end of the document: found "
          + IamException.quote(text.substring(trailing, Math.min(text.length(), trailing + 20)))
          + "; a document is exactly one JSON object", pointerPrefix, trailing);
    }
    return new Result(root, true);
  }

  /**
   * Reference tokens kept in the pointer of a too-deep value: more than the nesting of any file iamkit reads (a
   * policy needs 6, a world 12), so a pointer is cut only when it would repeat one token per level of hostile input.
   */
  private static final int NESTING_POINTER_TOKENS = 16;

  /**
   * {@code pointer} cut after {@value #NESTING_POINTER_TOKENS} reference tokens below {@code prefix}: the pointer of a
   * value nested too deeply would otherwise repeat one token for every level and fill the screen.
   */
  static String shortPointer(String pointer, String prefix) {
    int at = prefix.length();
    for (int tokens = 0; at < pointer.length(); tokens++) {
      if (tokens == NESTING_POINTER_TOKENS) {
        return pointer.substring(0, at);
      }
      int next = pointer.indexOf('/', at + 1);
      at = next < 0 ? pointer.length() : next;
    }
    return pointer;
  }

  /** The values read before a failure, every open container closed at {@code end}. */
  private static @Nullable JsonValue partial(Deque<Frame> stack, int end) {
    JsonValue value = null;
    while (!stack.isEmpty()) {
      Frame f = stack.pop();
      if (f.object) {
        if (value != null && f.pendingName != null && !f.pendingDuplicate) {
          f.members.add(new JsonValue.Member(f.pendingName, f.pendingNameStart, value));
        }
        value = new JsonValue.Obj(f.start, end, f.members);
      } else {
        if (value != null) {
          f.elements.add(value);
        }
        value = new JsonValue.Arr(f.start, end, f.elements);
      }
    }
    return value;
  }

  private static int offset(TokenStreamLocation location) {
    long o = location.getCharOffset();
    return o < 0 ? 0 : (int) Math.min(o, Integer.MAX_VALUE);
  }

  /**
   * The offset of the first '[' or '{' at or after {@code from} (the start of a token) outside string literals:
   * the opening that went too deep.
   */
  private static int nextOpening(String text, int from) {
    boolean inString = false;
    for (int i = Math.max(0, from); i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        return i;
      }
    }
    return Math.max(0, Math.min(from, text.length()));
  }

  private static int firstNonWhitespace(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  private static @Nullable String safeCurrentName(JsonParser p) {
    try {
      return p.currentName();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Cut points for the parts of Jackson's messages that name its configuration or its source. */
  /**
   * What is wrong, in iamkit's words rather than the parser's: what was expected at {@code off} and what was found
   * there. {@code top} is the innermost open object or array, if any.
   */
  static String syntaxMessage(@Nullable String parserMessage, String text, int off, @Nullable Frame top) {
    String m = parserMessage == null ? "" : parserMessage;
    String found = found(text, off);
    String closer = top == null ? "" : top.object ? "'}'" : "']'";
    if (off == 0 && text.startsWith("\uFEFF")) {
      return "the text starts with a byte order mark (U+FEFF): save it as UTF-8 without one";
    }
    if (m.startsWith("Illegal character") && off < text.length()) {
      return "the control character " + Texts.codePoint(text.codePointAt(off)) + " may appear only inside a string,"
          + " as an escape such as \\u0000";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return top == null ? "the document ends early" : "the document ends before the " + (top.object ? "object" : "array")
          + " is closed: expected " + (top.object ? "a member or '}'" : "a value or ']'");
    }
    if (m.startsWith("Unexpected close marker")) {
      return "expected " + (top == null ? "a value" : top.object ? "a member or '}'" : "a value or ']'")
          + ", found " + found + " (brackets and braces must pair up)";
    }
    if (m.contains("was expecting comma to separate")) {
      return "expected ',' or " + closer + " after " + (top != null && top.object ? "a member" : "an element")
          + ", found " + found;
    }
    if (m.contains("was expecting double-quote to start") || m.contains("was expecting double-quote to start field")) {
      return "expected a member name in double quotes, found " + found
          + (found.equals("\"}\"") ? " (a comma is not allowed after the last member)" : "");
    }
    if (m.contains("was expecting a colon")) {
      return "expected ':' after the member name, found " + found;
    }
    if (m.startsWith("Invalid numeric value") || m.startsWith("Invalid number")) {
      return "invalid number: JSON numbers have no leading zeros, no '+', no leading or trailing '.'";
    }
    if (m.startsWith("Illegal unquoted character")) {
      int c = off < text.length() ? text.charAt(off) : 0;
      return "a string contains the control character " + Texts.codePoint(c)
          + ": write it as an escape such as \\n or \\t";
    }
    if (m.startsWith("Unrecognized character escape")) {
      return "invalid escape in a string near " + found + ": JSON allows \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t "
          + "and \\uXXXX";
    }
    if (m.startsWith("Unrecognized token") || m.startsWith("Non-standard token")) {
      // the token the parser quotes is the document's text, not the parser's wording
      int open = m.indexOf('\'');
      int close = open < 0 ? -1 : m.indexOf('\'', open + 1);
      found = close < 0 ? found : IamException.quote(m.substring(open + 1, close));
    }
    if (m.startsWith("Unrecognized token") || m.startsWith("Non-standard token") || m.startsWith("Unexpected character")) {
      return "expected a value (a string in double quotes, a number, an object, an array, true, false or null)"
          + (top != null && !top.object ? " or ']'" : "") + ", found " + found;
    }
    return "unexpected " + found;
  }

  /** Which limit of the reader a value exceeded, in iamkit's words. */
  private static String limitMessage(StreamConstraintsException e, int maxString) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (isStringLimit(e)) {
      return Limits.exceeded((m.startsWith("Name") ? "A member name" : "A string") + " here is too long",
          "maxStringChars", maxString, " characters");
    }
    String what = m.startsWith("Number") ? "a number" : "the document";
    return "Document exceeds a size limit: " + what + " here is longer than the reader accepts";
  }

  private static boolean isStringLimit(StreamConstraintsException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return m.startsWith("Name") || m.startsWith("String");
  }

  /** The text at {@code off} for "found ...": a quoted token, or "the end of the document". */
  private static String found(String text, int off) {
    if (off >= text.length()) {
      return "the end of the document";
    }
    int end = off;
    while (end < text.length() && end - off < 20 && isTokenChar(text.charAt(end))) {
      end++;
    }
    if (end == off) {
      int cp = text.codePointAt(off);
      if (cp < 0x21 || cp > 0x7E) {
        return "the character " + Texts.codePoint(cp);
      }
      end = off + Character.charCount(cp);
    }
    return IamException.quote(text.substring(off, end));
  }

  private static boolean isTokenChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+'
        || c == '_';
  }
}
