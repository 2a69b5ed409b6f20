package dev.iamkit.core.internal.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of the AWS service authorization reference: the action names of every service prefix, the
 * condition keys with their types, and AWS's global condition keys (S1.8, S3.13). Read once, lazily, from
 * the class path resources next to this class (see their README.md for the source and licence).
 *
 * <p>Every lookup ignores case ({@link Locale#ROOT}). Immutable and thread-safe; the single instance is
 * created on first use by the holder idiom.
 */
public final class ServiceCatalog {
  private static final String ACTIONS = "actions.txt";
  private static final String CONDITION_KEYS = "condition-keys.txt";
  private static final String GLOBAL_KEYS = "global-keys.txt";

  /** The type of a condition key: the reference's type names, possibly several when it disagrees with itself. */
  public record KeyInfo(String name, Set<String> types) {
    public KeyInfo {
      types = Set.copyOf(types);
    }

    /** Whether every recorded type is a list type ({@code ArrayOf...}): the key is multivalued (S3.13). */
    public boolean isMultivalued() {
      return !types.isEmpty() && listTypes() == types.size();
    }

    /** Whether no recorded type is a list type: the key is single-valued. */
    public boolean isSingleValued() {
      return !types.isEmpty() && listTypes() == 0;
    }

    /** How many recorded types are list types (a loop, not a stream: the validator asks for every key). */
    private int listTypes() {
      int n = 0;
      for (String t : types) {
        if (t.startsWith("ArrayOf")) {
          n++;
        }
      }
      return n;
    }
  }

  /** A key with {@code ${...}} placeholders, each standing for one or more characters. */
  @SuppressWarnings("ArrayRecordComponent") // private, never compared or hashed
  private record KeyPattern(String[] literals, Found found) {
    boolean matches(String lowerKey) {
      return lowerKey.startsWith(literals[0]) && matchFrom(lowerKey, literals[0].length(), 1);
    }

    /** Whether {@code s} from {@code pos} matches placeholder, literal {@code li}, placeholder, ... */
    private boolean matchFrom(String s, int pos, int li) {
      if (li == literals.length) {
        return pos == s.length();
      }
      String lit = literals[li];
      if (li == literals.length - 1) {
        int start = s.length() - lit.length();
        return start >= pos + 1 && s.startsWith(lit, start);
      }
      for (int at = s.indexOf(lit, pos + 1); at >= 0; at = s.indexOf(lit, at + 1)) {
        if (matchFrom(s, at + lit.length(), li + 1)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A key's answer to {@link #conditionKey}, made once: a lookup then allocates no Optional. */
  private record Found(Optional<KeyInfo> answer) {
    Found(KeyInfo info) {
      this(Optional.of(info));
    }
  }

  private static final class Holder {
    static final ServiceCatalog INSTANCE = load();
  }

  /** service prefix (lower case) to lower-case action name to AWS's spelling. */
  private final Map<String, Map<String, String>> actions;
  private final Map<String, KeyInfo> exactKeys;
  private final List<KeyPattern> patternKeys;
  /**
   * The numbers in {@link #patternKeys} of the patterns whose prefix (the text before the first colon) has no
   * placeholder, by that prefix: a key can only match those of its own prefix, or those of {@link #openPrefixes}.
   */
  private final Map<String, int[]> patternsByPrefix;
  /** The numbers in {@link #patternKeys} of the patterns with a placeholder before their first colon. */
  private final int[] openPrefixes;
  private final Set<String> keyPrefixes;
  /** The keys of {@link #actions} to their number in {@link #actionTables}, for lookups that do not lower-case. */
  private final FoldTable<Integer> serviceTable;
  /** The action names of each service, in the order of {@link #serviceTable}'s numbers. */
  private final List<FoldTable<String>> actionTables;
  /** {@link #exactKeys}, for lookups that do not lower-case. */
  private final FoldTable<Found> exactKeyTable;
  /** Every action as {@code prefix:Name} in AWS's spelling, looked up before {@link #serviceTable}. */
  private final SpelledTable spelledActions;

  private ServiceCatalog(Map<String, Map<String, String>> actions, Map<String, KeyInfo> exactKeys,
      List<KeyPattern> patternKeys, Set<String> keyPrefixes) {
    this.actions = actions;
    this.exactKeys = exactKeys;
    this.patternKeys = patternKeys;
    Map<String, List<Integer>> byPrefix = new HashMap<>();
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < patternKeys.size(); i++) {
      String first = patternKeys.get(i).literals[0];
      int colon = first.indexOf(':');
      if (colon < 0) {
        open.add(i); // the placeholder comes before the first colon
      } else {
        byPrefix.computeIfAbsent(first.substring(0, colon), k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> grouped = new HashMap<>();
    byPrefix.forEach((prefix, numbers) -> grouped.put(prefix, numbers.stream().mapToInt(Integer::intValue).toArray()));
    this.patternsByPrefix = grouped;
    this.openPrefixes = open.stream().mapToInt(Integer::intValue).toArray();
    this.keyPrefixes = keyPrefixes;
    Map<String, Integer> services = new HashMap<>();
    List<FoldTable<String>> tables = new ArrayList<>();
    actions.forEach((prefix, names) -> {
      services.put(prefix, tables.size());
      tables.add(new FoldTable<>(names));
    });
    this.serviceTable = new FoldTable<>(services);
    this.actionTables = List.copyOf(tables);
    Map<String, Found> exactFound = new HashMap<>();
    exactKeys.forEach((lower, info) -> exactFound.put(lower, new Found(info)));
    this.exactKeyTable = new FoldTable<>(exactFound);
    List<String> spelled = new ArrayList<>();
    actions.forEach((prefix, names) -> names.values().forEach(name -> spelled.add(prefix + ":" + name)));
    this.spelledActions = new SpelledTable(spelled);
  }

  /**
   * A read-only hash set of ASCII texts compared exactly, with no case folding, packed for few cache misses: one
   * {@code long} per slot holding the text's hash, the offset of its chars and its length, the texts' chars side
   * by side in one array (those of one service together, as policies list them). The hash reads the length and
   * eight chars, not every char, so that a lookup costs about one pass of comparison over the text. Looking up
   * many texts at once ({@link #containsAll}) loads their slots, then their chars, in separate passes, so that the
   * cache misses of different texts overlap instead of following each other.
   */
  static final class SpelledTable {
    private static final int MAX_LENGTH = 0xff;
    /** A slot holds a text's offset in 24 bits: the chars of all texts must fit below this. */
    private static final int MAX_CHARS = 1 << 24;
    private final long[] slots;
    private final byte[] chars;
    private final int mask;

    SpelledTable(List<String> entries) {
      int capacity = Integer.highestOneBit(Math.max(4, entries.size() + entries.size() / 2)) * 2;
      mask = capacity - 1;
      slots = new long[capacity];
      int total = 0;
      for (String e : entries) {
        total += e.length();
        if (total > MAX_CHARS) {
          throw new IllegalStateException("Service catalogue too large: its action names hold more than "
              + MAX_CHARS + " chars, which the 24-bit offsets of the packed action table cannot address");
        }
      }
      chars = new byte[total];
      int at = 0;
      for (String text : entries) {
        if (text.length() < 2 || text.length() > MAX_LENGTH) {
          throw new IllegalStateException("Corrupt service catalogue: action " + text);
        }
        int h = hash(text);
        int i = h & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = (long) h << 32 | (long) at << 8 | text.length();
        for (int k = 0; k < text.length(); k++) {
          char c = text.charAt(k);
          if (c >= 0x80) {
            throw new IllegalStateException("Corrupt service catalogue: non-ASCII action " + text);
          }
          chars[at++] = (byte) c;
        }
      }
    }

    /** A hash of the length and eight chars spread over {@code text} (at least two chars). */
    private static int hash(String text) {
      int n = text.length();
      long k1 = text.charAt(0) | (long) text.charAt(n >> 2) << 16 | (long) text.charAt(n >> 1) << 32
          | (long) text.charAt(n - 1) << 48;
      long k2 = text.charAt((n >> 1) + (n >> 2)) | (long) text.charAt(n - 1 - (n >> 3)) << 16
          | (long) text.charAt(n - 1 - (n >> 2)) << 32 | (long) n << 48;
      long x = k1 * 0x9E3779B97F4A7C15L ^ k2 * 0xC2B2AE3D27D4EB4FL ^ text.charAt(n - 2 - (n >> 5));
      return (int) (x >>> 32 ^ x);
    }

    boolean contains(String text) {
      if (text.length() < 2 || text.length() > MAX_LENGTH) {
        return false;
      }
      int h = hash(text);
      for (int i = h & mask; slots[i] != 0; i = (i + 1) & mask) {
        if (matches(slots[i], h, text)) {
          return true;
        }
      }
      return false;
    }

    /** {@code contains} of each text of {@code lookup}, answered in it; the passes use its scratch arrays. */
    void containsAll(SpelledLookup lookup) {
      int n = lookup.count;
      String[] texts = lookup.texts;
      int[] hashes = lookup.hashes;
      long[] first = lookup.first;
      byte[] firstChars = lookup.firstChars;
      boolean[] found = lookup.found;
      // Pass 1: the first slot of every text, loads independent of one another.
      for (int k = 0; k < n; k++) {
        String text = texts[k];
        if (text.length() >= 2 && text.length() <= MAX_LENGTH) {
          int h = hash(text);
          hashes[k] = h;
          first[k] = slots[h & mask];
        } else {
          first[k] = 0;
        }
      }
      // Pass 2: the first char of each candidate, again independent loads; pass 3 compares, the chars now cached.
      for (int k = 0; k < n; k++) {
        long slot = first[k];
        firstChars[k] = slot != 0 && (int) (slot >>> 32) == hashes[k] ? chars[(int) slot >>> 8] : 0;
      }
      for (int k = 0; k < n; k++) {
        long slot = first[k];
        if (slot == 0) {
          found[k] = false; // an empty first slot: absent (also for texts too short or long to hash)
        } else if (firstChars[k] == texts[k].charAt(0) && matches(slot, hashes[k], texts[k])) {
          found[k] = true;
        } else {
          found[k] = contains(texts[k]); // a collision in the first slot: probe on
        }
      }
    }

    private boolean matches(long slot, int h, String text) {
      if ((int) (slot >>> 32) != h || (int) (slot & MAX_LENGTH) != text.length()) {
        return false;
      }
      int from = (int) slot >>> 8;
      for (int k = 0; k < text.length(); k++) {
        if (chars[from + k] != text.charAt(k)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Texts to look up in the exact-spelling action table all at once ({@link #areSpelledActions(SpelledLookup)}),
   * with the answers and the scratch arrays of the lookup: one instance serves every lookup of a validation run, so
   * that its arrays are allocated once and grown when a longer list comes. Not thread-safe.
   */
  public static final class SpelledLookup {
    /** The most places kept from one lookup to the next (a statement with more actions is rare). */
    private static final int KEPT = 4096;
    private String[] texts = new String[16];
    private boolean[] found = new boolean[16];
    private int[] hashes = new int[16];
    private long[] first = new long[16];
    private byte[] firstChars = new byte[16];
    private int count;

    /** An empty lookup. */
    public SpelledLookup() {}

    /** Forgets the texts of the previous lookup; arrays grown past {@link #KEPT} places are given back. */
    public void clear() {
      if (texts.length > KEPT) {
        texts = new String[16];
        found = new boolean[16];
        hashes = new int[16];
        first = new long[16];
        firstChars = new byte[16];
      } else {
        java.util.Arrays.fill(texts, 0, count, null);
      }
      count = 0;
    }

    /** Adds {@code text} as number {@link #size()}, answered false until looked up. */
    public void add(String text) {
      if (count == texts.length) {
        int n = count * 2;
        texts = java.util.Arrays.copyOf(texts, n);
        found = new boolean[n];
        hashes = new int[n];
        first = new long[n];
        firstChars = new byte[n];
      }
      found[count] = false;
      texts[count++] = text;
    }

    /** How many texts were added since {@link #clear()}. */
    public int size() {
      return count;
    }

    /** Whether text number {@code k} is spelled exactly as an action of the reference (after a lookup). */
    public boolean found(int k) {
      if (k >= count) {
        throw new IndexOutOfBoundsException("No text number " + k + " among " + count);
      }
      return found[k];
    }
  }

  /**
   * A read-only hash table of lower-case ASCII keys, looked up with a region of a text ignoring ASCII case, so
   * that a lookup neither lower-cases nor allocates. Each service's action names have a table of their own, so
   * that the actions of one service, which policies list together, are looked up in a few cache lines. A text with a non-ASCII char is not looked up here (its
   * {@link Locale#ROOT} lower case may differ from the ASCII one: the Kelvin sign becomes 'k'); callers then fall
   * back to the maps.
   */
  private static final class FoldTable<V> {
    /** What {@link #get} answers for a text with a non-ASCII char. */
    static final Object NOT_ASCII = new Object();

    /**
     * Per slot: the key's hash (0 for an empty slot), its offset in {@link #chars} and its length, side by side so
     * that a probe reads one cache line; the keys' chars are packed in one array.
     */
    private final int[] slots;
    private final byte[] chars;
    private final Object[] values;
    private final int mask;

    FoldTable(Map<String, V> entries) {
      int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2)) * 2;
      slots = new int[capacity * 3];
      values = new Object[capacity];
      mask = capacity - 1;
      int total = 0;
      for (String key : entries.keySet()) {
        total += key.length();
      }
      chars = new byte[total];
      int at = 0;
      for (Map.Entry<String, V> e : entries.entrySet()) {
        String key = e.getKey();
        int h = hash(key, 0, key.length());
        if (h == 0) {
          continue; // a non-ASCII key is never looked up here: such lookups fall back to the maps
        }
        int i = h & mask;
        while (slots[i * 3] != 0) {
          i = (i + 1) & mask;
        }
        slots[i * 3] = h;
        slots[i * 3 + 1] = at;
        slots[i * 3 + 2] = key.length();
        values[i] = e.getValue();
        for (int k = 0; k < key.length(); k++) {
          chars[at++] = (byte) key.charAt(k);
        }
      }
    }

    /** The hash of {@code s[from, to)} lower-cased in ASCII, never 0; or 0 when it has a non-ASCII char. */
    private static int hash(String s, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          return 0;
        }
        h = 31 * h + lower(c);
      }
      h ^= h >>> 16;
      return h == 0 ? 1 : h;
    }

    private static char lower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The value of the key equal to {@code s[from, to)} ignoring ASCII case, null, or {@link #NOT_ASCII}. */
    @Nullable Object get(String s, int from, int to) {
      int h = hash(s, from, to);
      if (h == 0) {
        return NOT_ASCII;
      }
      int length = to - from;
      for (int i = h & mask; slots[i * 3] != 0; i = (i + 1) & mask) {
        if (slots[i * 3] == h && slots[i * 3 + 2] == length && equalsFolded(slots[i * 3 + 1], s, from, length)) {
          return values[i];
        }
      }
      return null;
    }

    private boolean equalsFolded(int at, String s, int from, int length) {
      for (int i = 0; i < length; i++) {
        if (chars[at + i] != lower(s.charAt(from + i))) {
          return false;
        }
      }
      return true;
    }
  }

  /** The catalogue, read from the class path on first use. */
  public static ServiceCatalog instance() {
    return Holder.INSTANCE;
  }

  /** Whether {@code prefix} is a service prefix of the reference, ignoring case. */
  public boolean isKnownService(String prefix) {
    return isKnownService(prefix, 0, prefix.length());
  }

  /** Whether {@code text[from, to)} is a service prefix of the reference, ignoring case, without cutting it out. */
  public boolean isKnownService(String text, int from, int to) {
    Object found = serviceTable.get(text, from, to);
    if (found != FoldTable.NOT_ASCII) {
      return found != null;
    }
    return actions.containsKey(text.substring(from, to).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code text} is an action of the reference written exactly as the reference spells it
   * ({@code s3:GetObject}, not {@code S3:getobject}): a lookup without case folding, for the common case. A true
   * answer implies {@link #hasAction}; a false one says nothing (look up with {@link #hasAction} then).
   */
  public boolean isSpelledAction(String text) {
    return spelledActions.contains(text);
  }

  /**
   * {@link #isSpelledAction} of each text of {@code lookup}, answered in it (see {@link SpelledLookup#found}): the
   * lookups of many texts at once overlap their cache misses.
   */
  public void areSpelledActions(SpelledLookup lookup) {
    spelledActions.containsAll(lookup);
  }

  /** AWS's spelling of the action {@code prefix:name}, if the reference lists it (ignoring case). */
  public Optional<String> action(String prefix, String name) {
    Map<String, String> names = actions.get(prefix.toLowerCase(Locale.ROOT));
    return names == null ? Optional.empty() : Optional.ofNullable(names.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the reference lists the action {@code text}, {@code prefix:name} with exactly one colon, ignoring
   * case: {@code action(prefix, name).isPresent()} without lower-casing or allocating.
   */
  public boolean hasAction(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return false;
    }
    Object service = serviceTable.get(text, 0, colon);
    if (service instanceof Integer number) {
      Object found = actionTables.get(number).get(text, colon + 1, text.length());
      if (found != FoldTable.NOT_ASCII) {
        return found != null;
      }
    } else if (service == null) {
      return false;
    }
    return action(text.substring(0, colon), text.substring(colon + 1)).isPresent();
  }

  /** Every service prefix of the reference, lower-cased, sorted. */
  public java.util.SortedSet<String> services() {
    return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(actions.keySet()));
  }

  /** Every action name of {@code prefix} in AWS's spelling; empty for an unknown prefix. */
  public List<String> actionNames(String prefix) {
    Map<String, String> names = actions.get(prefix.toLowerCase(Locale.ROOT));
    return names == null ? List.of() : List.copyOf(names.values());
  }

  /** The condition key {@code key} (global or service key, tag-key forms included), ignoring case. */
  public Optional<KeyInfo> conditionKey(String key) {
    Object found = exactKeyTable.get(key, 0, key.length());
    if (found instanceof Found f) {
      return f.answer();
    }
    String lower = key.toLowerCase(Locale.ROOT);
    KeyInfo exact = found == FoldTable.NOT_ASCII ? exactKeys.get(lower) : null;
    if (exact != null) {
      return Optional.of(exact);
    }
    int colon = lower.indexOf(':');
    int @Nullable [] own = colon < 0 ? null : patternsByPrefix.get(lower.substring(0, colon));
    int number = firstMatch(lower, own == null ? NONE : own, openPrefixes);
    return number < 0 ? Optional.empty() : patternKeys.get(number).found.answer();
  }

  private static final int[] NONE = new int[0];

  /**
   * The smallest number in {@code a} or {@code b} (each ascending) of a pattern matching {@code lowerKey}, or -1:
   * the first match in {@link #patternKeys}' order, as a scan of them all would find it.
   */
  private int firstMatch(String lowerKey, int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      int next = j >= b.length || i < a.length && a[i] < b[j] ? a[i++] : b[j++];
      if (patternKeys.get(next).matches(lowerKey)) {
        return next;
      }
    }
    return -1;
  }

  /**
   * Whether some condition key of the reference, or some service, uses {@code prefix} (the part before
   * the first colon), ignoring case.
   */
  public boolean isKnownKeyPrefix(String prefix) {
    String lower = prefix.toLowerCase(Locale.ROOT);
    return keyPrefixes.contains(lower) || actions.containsKey(lower);
  }

  private static ServiceCatalog load() {
    Map<String, Map<String, String>> actions = new HashMap<>();
    Map<String, String> current = null;
    for (String line : lines(ACTIONS)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new HashMap<>();
        actions.put(line.substring(1, line.length() - 1).toLowerCase(Locale.ROOT), current);
      } else if (current == null) {
        throw new IllegalStateException("Corrupt service catalogue " + ACTIONS + ": action before any [prefix]");
      } else {
        current.put(line.toLowerCase(Locale.ROOT), line);
      }
    }
    actions.replaceAll((k, v) -> Collections.unmodifiableMap(v));

    Map<String, String> spelling = new HashMap<>();
    Map<String, Set<String>> types = new HashMap<>();
    for (String file : List.of(CONDITION_KEYS, GLOBAL_KEYS)) {
      for (String line : lines(file)) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IllegalStateException("Corrupt service catalogue " + file + ": \"" + line + "\"");
        }
        String key = line.substring(0, tab);
        String lower = key.toLowerCase(Locale.ROOT);
        spelling.putIfAbsent(lower, key);
        Set<String> t = types.computeIfAbsent(lower, k -> new LinkedHashSet<>());
        for (String type : line.substring(tab + 1).split("\\|", -1)) {
          t.add(type);
        }
      }
    }
    Map<String, KeyInfo> exact = new HashMap<>();
    List<KeyPattern> patterns = new ArrayList<>();
    Set<String> prefixes = new HashSet<>();
    types.forEach((lower, t) -> {
      KeyInfo info = new KeyInfo(Objects.requireNonNull(spelling.get(lower), lower), t);
      int colon = lower.indexOf(':');
      String prefix = colon < 0 ? lower : lower.substring(0, colon);
      if (!prefix.contains("${")) {
        prefixes.add(prefix);
      }
      if (lower.contains("${")) {
        patterns.add(new KeyPattern(literals(lower), new Found(info)));
      } else {
        exact.put(lower, info);
      }
    });
    return new ServiceCatalog(Collections.unmodifiableMap(actions), Collections.unmodifiableMap(exact),
        List.copyOf(patterns), Set.copyOf(prefixes));
  }

  /** Splits {@code a${x}b${y}} into {@code [a, b, ""]}: literal text around each placeholder. */
  private static String[] literals(String pattern) {
    List<String> parts = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = pattern.indexOf("${", at);
      int close = open < 0 ? -1 : pattern.indexOf('}', open);
      if (open < 0 || close < 0) {
        parts.add(pattern.substring(at));
        return parts.toArray(new String[0]);
      }
      parts.add(pattern.substring(at, open));
      at = close + 1;
    }
  }

  private static List<String> lines(String resource) {
    InputStream in = ServiceCatalog.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Service catalogue resource " + resource + " is missing from the class path");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read service catalogue resource " + resource, e);
    }
    return out;
  }
}
