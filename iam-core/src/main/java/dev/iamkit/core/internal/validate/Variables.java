package dev.iamkit.core.internal.validate;

import dev.iamkit.core.internal.match.VariableSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The validator's view of the policy variables of a text (S4.1): the sequences found by
 * {@link VariableSyntax} (the one parser, shared with the evaluator), classified for reporting.
 */
final class Variables {
  private Variables() {}

  /** What a {@code ${...}} sequence is. */
  enum Form {
    /** {@code ${KEY}} or {@code ${KEY, 'DEFAULT'}} with a well-formed {@code prefix:name} key. */
    KEY,
    /** {@code ${*}}, {@code ${?}} or {@code ${$}}. */
    ESCAPE,
    /** <code>${</code> with no closing brace: literal text. */
    UNCLOSED,
    /**
     * Closed, but not a key or an escape: empty, no {@code prefix:name}, or a default that is not a single-quoted
     * text (the key then contains the comma, and never resolves).
     */
    MALFORMED
  }

  /**
   * One {@code ${...}} sequence.
   *
   * @param text the sequence as written, from <code>${</code> up to and including <code>}</code> (or the end)
   * @param form what it is
   * @param key the key name for {@link Form#KEY}, else empty
   */
  record Reference(String text, Form form, String key) {}

  /** Whether {@code text} contains <code>${</code> at all. */
  static boolean mentions(String text) {
    return VariableSyntax.mentions(text);
  }

  /** Every {@code ${...}} sequence of {@code text}, left to right, as parsed by {@link VariableSyntax}. */
  static List<Reference> scan(String text) {
    List<Reference> out = new ArrayList<>();
    for (VariableSyntax.Segment segment : VariableSyntax.scan(text)) {
      switch (segment.kind()) {
        case TEXT -> { }
        case ESCAPE -> out.add(new Reference(segment.text(), Form.ESCAPE, ""));
        case UNCLOSED -> out.add(new Reference(segment.text(), Form.UNCLOSED, ""));
        case VARIABLE -> {
          String key = Objects.requireNonNull(segment.variable()).key();
          int colon = key.indexOf(':');
          boolean wellFormed = colon > 0 && colon < key.length() - 1 && key.indexOf(',') < 0;
          out.add(new Reference(segment.text(), wellFormed ? Form.KEY : Form.MALFORMED, wellFormed ? key : ""));
        }
      }
    }
    return out;
  }
}
