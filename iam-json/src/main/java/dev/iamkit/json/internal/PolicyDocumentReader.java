package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SourcePosition;
import dev.iamkit.json.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a policy document: JSON tree, character rule, unwrapping of AWS's
 * {@code GetPolicyVersion} output, shape. Immutable and thread-safe.
 */
public final class PolicyDocumentReader {
  private final JsonTreeReader trees;
  private final int maxChars;

  private final ReadLimits limits;

  /** A reader with the given bounds. */
  public PolicyDocumentReader(int maxChars, int maxDepth) {
    this(ReadLimits.standard().toBuilder().maxPolicyChars(maxChars).maxDepth(maxDepth).build());
  }

  /** A reader held to {@code limits} (a document of at most {@link ReadLimits#maxPolicyChars()}). */
  public PolicyDocumentReader(ReadLimits limits) {
    this.trees = new JsonTreeReader(limits.maxPolicyChars(), limits);
    this.maxChars = limits.maxPolicyChars();
    this.limits = limits;
  }

  /**
   * What reading one text found.
   *
   * @param document the policy object's tree, when the text parsed and held one
   * @param policy the policy, when its shape could be built
   * @param problems every problem, in document order
   * @param remaps where array entries were left out (see {@link PolicyShapeReader#remaps()})
   * @param mapper maps offsets of {@code document} to file positions
   * @param sourceText the text the policy object was read from, or the whole text when there is none
   * @param documentStart where the policy object starts in {@code sourceText} (0 when there is none)
   * @param documentEnd where it ends ({@code sourceText.length()} when there is none)
   */
  public record Outcome(@Nullable JsonValue document, @Nullable Policy policy, List<PolicyProblem> problems,
      Map<String, int[]> remaps, PositionMapper mapper, String sourceText, int documentStart, int documentEnd) {

    /** The exact text of the policy object, or the whole text when there is none (cut out on demand). */
    public String documentText() {
      return sourceText.substring(documentStart, documentEnd);
    }

    /** The position of the value at {@code pointer} (relative to the policy), or its nearest existing ancestor. */
    public Optional<SourcePosition> positionOf(String pointer) {
      if (document == null) {
        Pointers.split(pointer);
        return Optional.empty();
      }
      return Optional.of(mapper.at(Trees.resolve(document, pointer, remaps).start()));
    }

    /** The first error, if any. */
    public Optional<PolicyProblem> firstError() {
      for (PolicyProblem p : problems) {
        if (p.isError()) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  /** Reads {@code text}; never throws for its content. */
  public Outcome read(String text) {
    LineIndex lines = LineIndex.of(text);
    Problems problems = Problems.of(lines);
    if (text.length() > maxChars) {
      problems.error(ProblemCode.DOCUMENT_TOO_LARGE, tooLarge(text.length(), maxChars), "", maxChars);
      return new Outcome(null, null, problems.sorted(), Map.of(), lines, text, 0, text.length());
    }
    Partial p = read(text, problems, true);
    return new Outcome(p.document, p.policy, problems.sorted(), p.remaps, p.mapper, p.sourceText, p.documentStart,
        p.documentEnd);
  }

  /**
   * The outcome for a byte input that is not valid UTF-8: {@code decoded} is the text before the bad bytes,
   * {@code detail} says which bytes.
   */
  public Outcome undecodable(String decoded, String detail) {
    LineIndex lines = LineIndex.of(decoded);
    Problems problems = Problems.of(lines);
    problems.error(ProblemCode.INVALID_CHARACTER, detail, "", decoded.length());
    return new Outcome(null, null, problems.sorted(), Map.of(), lines, decoded, 0, decoded.length());
  }

  /** The outcome for a file refused from its size before it was read: {@code message} says why. */
  public Outcome refused(String message) {
    LineIndex lines = LineIndex.of("");
    Problems problems = Problems.of(lines);
    problems.error(ProblemCode.DOCUMENT_TOO_LARGE, message, "", 0);
    return new Outcome(null, null, problems.sorted(), Map.of(), lines, "", 0, 0);
  }

  /** The message for a text of {@code length} chars over the limit. */
  public static String tooLarge(long length, int maxChars) {
    return Limits.tooLarge("a policy document", "maxPolicyChars", maxChars);
  }

  private record Partial(@Nullable JsonValue document, @Nullable Policy policy, Map<String, int[]> remaps,
      PositionMapper mapper, String sourceText, int documentStart, int documentEnd) {
    /** Nothing read from {@code text} but problems. */
    static Partial none(PositionMapper mapper, String text) {
      return new Partial(null, null, Map.of(), mapper, text, 0, text.length());
    }
  }

  private Partial read(String text, Problems problems, boolean allowWrapper) {
    JsonTreeReader.Result read = trees.read(text, "", problems);
    JsonValue root = read.completeRoot();
    JsonValue partial = read.root();
    JsonValue doc = root;
    if (allowWrapper && root instanceof JsonValue.Obj o && o.member("PolicyVersion") != null
        && o.member("Statement") == null) {
      doc = null;
      JsonValue pv = Objects.requireNonNull(o.get("PolicyVersion"), "PolicyVersion");
      JsonValue d = Trees.get(pv, "Document");
      if (!(pv instanceof JsonValue.Obj)) {
        problems.error(ProblemCode.WRONG_TYPE, "Expected PolicyVersion to be an object with a Document, found "
            + Texts.describe(pv), "/PolicyVersion", pv.start());
      } else if (d == null) {
        problems.error(ProblemCode.MISSING_ELEMENT,
            "Missing Document in PolicyVersion: expected the policy document as an object or a URL-encoded string",
            "/PolicyVersion", pv.start(), pv.end() - 1);
      } else if (d instanceof JsonValue.Str encoded) {
        CharacterCheck.report(text, off -> Trees.pointerAt(o, off), problems);
        return embedded(encoded, problems);
      } else if (d instanceof JsonValue.Obj) {
        doc = d;
      } else {
        problems.error(ProblemCode.WRONG_TYPE, "Expected Document to be a policy object or a URL-encoded string, found "
            + Texts.describe(d), "/PolicyVersion/Document", d.start());
      }
    }
    JsonValue located = doc;
    // A well-formed text is checked on its strings alone; anything suspicious takes the full checks.
    boolean clean = root != null && (read.plain() || CharacterCheck.isClean(text, root));
    if (!clean) {
      CharacterCheck.report(text, off -> {
        if (located != null && off >= located.start() && off < located.end()) {
          return Trees.pointerAt(located, off);
        }
        return partial == null ? "" : Trees.pointerAt(partial, off);
      }, problems);
    }
    if (doc == null) {
      return Partial.none(problems.mapper(), text);
    }
    JsonValue body = doc;
    Limits.policyCounts(body, "", limits, problems, read.longestArray());
    if (!clean) {
      CharacterCheck.reportDecoded(body, off -> Trees.pointerAt(body, off), problems);
    }
    PolicyShapeReader shape = new PolicyShapeReader(problems, "");
    Policy policy = shape.read(doc);
    return new Partial(doc, policy, shape.remaps(), problems.mapper(), text, doc.start(), doc.end());
  }

  private Partial embedded(JsonValue.Str encoded, Problems outer) {
    SourcePosition at = outer.mapper().at(encoded.start());
    String decoded = percentDecode(encoded.value());
    if (decoded == null) {
      outer.error(ProblemCode.JSON_SYNTAX, "Document is a string but not a URL-encoded policy: bad %-escape or UTF-8 in "
          + IamException.quote(encoded.value()), "/PolicyVersion/Document", encoded.start());
      return Partial.none(outer.mapper(), encoded.value());
    }
    Problems inner = Problems.embedded(PositionMapper.constant(at), encoded.start());
    Partial p;
    if (decoded.length() > maxChars) {
      inner.error(ProblemCode.DOCUMENT_TOO_LARGE, tooLarge(decoded.length(), maxChars), "", 0);
      p = Partial.none(inner.mapper(), decoded);
    } else {
      p = read(decoded, inner, false);
    }
    outer.addAll(inner);
    return p;
  }

  /** Decodes %XX escapes (RFC 3986; '+' stays '+') as UTF-8; null when an escape or the UTF-8 is malformed. */
  static @Nullable String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    int plainStart = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '%') {
        continue;
      }
      byte[] plain = s.substring(plainStart, i).getBytes(StandardCharsets.UTF_8);
      bytes.write(plain, 0, plain.length);
      if (i + 2 >= s.length()) {
        return null;
      }
      int hi = Character.digit(s.charAt(i + 1), 16);
      int lo = Character.digit(s.charAt(i + 2), 16);
      if (hi < 0 || lo < 0) {
        return null;
      }
      bytes.write(hi * 16 + lo);
      i += 2;
      plainStart = i + 1;
    }
    byte[] rest = s.substring(plainStart).getBytes(StandardCharsets.UTF_8);
    bytes.write(rest, 0, rest.length);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
