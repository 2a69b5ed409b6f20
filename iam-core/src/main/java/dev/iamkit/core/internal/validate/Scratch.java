package dev.iamkit.core.internal.validate;

import dev.iamkit.core.internal.catalog.ServiceCatalog;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Working storage of the checks, one per thread and kept from one validation run to the next, so that a run
 * allocates no arrays of its own: the exact-spelling lookup of a statement's actions, the field offsets of an ARN,
 * its recent service fields, the catalogue's answers for recent condition keys, recent texts whose policy variables
 * have nothing to report, and the visitors of a Condition block. It carries no result from one run to the next:
 * arrays are filled before they are read, and what it remembers is looked up by exact text, the answer of an
 * immutable function of that text (ScratchReuseTest validates policies in several orders and compares). Between
 * runs it holds at most 136 texts of past policies (8 fields, 64 keys, 64 texts with variables), each of at most
 * {@value #REMEMBERED_CHARS} chars, never a statement's action list. Not thread-safe: use {@link #ofThread()}.
 */
final class Scratch {
  private static final ThreadLocal<Scratch> OF_THREAD = ThreadLocal.withInitial(Scratch::new);
  /** The number of fields {@link #field} remembers. */
  private static final int FIELDS = 8;
  /** The number of condition keys {@link #conditionKey} remembers (a power of two). */
  private static final int KEYS = 64;
  /** The longest text any memo keeps: longer ones are answered afresh each time. */
  static final int REMEMBERED_CHARS = 256;

  private final ServiceCatalog.SpelledLookup spelledLookup = new ServiceCatalog.SpelledLookup();
  /** ConditionChecks: the visitors of a Condition block's operators and keys, holding nothing between blocks. */
  final ConditionChecks.Walk conditionWalk = new ConditionChecks.Walk();
  /** ResourceChecks: the start and end of each of the six fields of an ARN. */
  final int[] arnStarts = new int[6];
  final int[] arnEnds = new int[6];
  /** Condition keys looked up lately and the catalogue's answers, by the key's hash. */
  private final @Nullable KeyAnswer[] keys = new KeyAnswer[KEYS];
  /** Fields cut out lately, by a hash of their length and first char. */
  private final String[] fields = new String[FIELDS];
  /** Texts whose policy variables had nothing to report lately (see {@link #variablesClean}), by hash. */
  private final String[] cleanVariables = new String[KEYS];

  private Scratch() {
    java.util.Arrays.fill(fields, "");
    java.util.Arrays.fill(cleanVariables, "");
  }

  /** The scratch of the current thread. */
  static Scratch ofThread() {
    return OF_THREAD.get();
  }

  /** The lookup of exactly spelled actions, emptied. */
  ServiceCatalog.SpelledLookup spelledLookup() {
    spelledLookup.clear();
    return spelledLookup;
  }

  /**
   * {@code text.substring(from, to)}, or an equal text cut out before: the last few fields are remembered by their
   * exact text, so that the service field of the ARNs of a policy, which name a few services again and again, is
   * not cut out of every ARN.
   */
  String field(String text, int from, int to) {
    int length = to - from;
    int slot = length == 0 ? 0 : (length * 31 + text.charAt(from)) & (FIELDS - 1);
    String seen = fields[slot];
    if (seen.length() == length && text.startsWith(seen, from)) {
      return seen;
    }
    String field = text.substring(from, to);
    if (length <= REMEMBERED_CHARS) {
      fields[slot] = field;
    }
    return field;
  }

  /**
   * Whether {@code text} was lately found to have policy variables with nothing to report where variables are
   * recognised ({@link Context#recognisedVariables(String, String, String)}): an immutable function of the text,
   * since the catalogue is. Policies write the same variables again and again.
   */
  boolean variablesClean(String text) {
    return cleanVariables[text.hashCode() & (KEYS - 1)].equals(text);
  }

  /** Remembers that {@code text} has policy variables with nothing to report (see {@link #variablesClean}). */
  void rememberVariablesClean(String text) {
    if (text.length() <= REMEMBERED_CHARS) {
      cleanVariables[text.hashCode() & (KEYS - 1)] = text;
    }
  }

  /** A condition key exactly as written and what the catalogue answered for it. */
  private record KeyAnswer(String key, Optional<ServiceCatalog.KeyInfo> info) {}

  /**
   * {@code ServiceCatalog.instance().conditionKey(key)}, remembered for the last condition keys by their exact text:
   * policies name the same keys again and again, and a key of a pattern ({@code aws:ResourceTag/...}) costs the
   * catalogue a lower-cased copy and a pattern scan. The answers are those of the one catalogue there is, so the memo
   * takes no catalogue as a parameter that could differ from the one its answers came from.
   */
  Optional<ServiceCatalog.KeyInfo> conditionKey(String key) {
    int slot = key.hashCode() & (KEYS - 1);
    KeyAnswer seen = keys[slot];
    if (seen != null && seen.key().equals(key)) {
      return seen.info();
    }
    Optional<ServiceCatalog.KeyInfo> info = ServiceCatalog.instance().conditionKey(key);
    if (key.length() <= REMEMBERED_CHARS) {
      keys[slot] = new KeyAnswer(key, info);
    }
    return info;
  }
}
