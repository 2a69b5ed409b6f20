package dev.iamkit.json.internal;

import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems found while reading one text, each located by a char offset that the
 * {@link PositionMapper} turns into line and column. Not thread-safe; one per read.
 */
public final class Problems {
  private record Entry(PolicyProblem problem, int sortKey, int seq) {
    /** At the same offset, a bad character comes first: IAM rejects it before parsing (S1.1). */
    int rank() {
      return problem.code() == ProblemCode.INVALID_CHARACTER ? 0 : 1;
    }
  }

  private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::sortKey)
      .thenComparingInt(Entry::rank).thenComparingInt(Entry::seq);

  private final PositionMapper mapper;
  private final int fixedSortKey;
  private final List<Entry> entries = new ArrayList<>();
  private int errors;

  private Problems(PositionMapper mapper, int fixedSortKey) {
    this.mapper = mapper;
    this.fixedSortKey = fixedSortKey;
  }

  /** Problems located in a text whose offsets {@code mapper} maps. */
  public static Problems of(PositionMapper mapper) {
    return new Problems(mapper, -1);
  }

  /**
   * Problems of an embedded text (an encoded document inside a string) that all sort at {@code sortKey},
   * the offset of the embedding string in the outer text.
   */
  public static Problems embedded(PositionMapper mapper, int sortKey) {
    return new Problems(mapper, sortKey);
  }

  /** The position mapper of this text. */
  public PositionMapper mapper() {
    return mapper;
  }

  /** Records an error at {@code offset}. */
  public void error(ProblemCode code, String message, String pointer, int offset) {
    add(Severity.ERROR, code, message, pointer, offset);
  }

  /**
   * Records an error shown at {@code offset} but ordered at {@code sortOffset}: a missing member is shown at
   * its object's start and ordered at its end, where a reader notices that it is missing.
   */
  public void error(ProblemCode code, String message, String pointer, int offset, int sortOffset) {
    add(Severity.ERROR, code, message, pointer, offset, sortOffset);
  }

  /** Records a warning at {@code offset}. */
  public void warning(ProblemCode code, String message, String pointer, int offset) {
    add(Severity.WARNING, code, message, pointer, offset);
  }

  private void add(Severity severity, ProblemCode code, String message, String pointer, int offset) {
    add(severity, code, message, pointer, offset, offset);
  }

  private void add(Severity severity, ProblemCode code, String message, String pointer, int offset, int sortOffset) {
    PolicyProblem p = PolicyProblem.of(severity, code, message, pointer).withPosition(mapper.at(offset));
    entries.add(new Entry(p, fixedSortKey >= 0 ? fixedSortKey : sortOffset, entries.size()));
    if (severity == Severity.ERROR) {
      errors++;
    }
  }

  /** Moves every problem of {@code other} (an embedded text) into this collector. */
  public void addAll(Problems other) {
    for (Entry e : other.entries) {
      entries.add(new Entry(e.problem(), e.sortKey(), entries.size()));
    }
    errors += other.errors;
  }

  /** How many errors were recorded so far. */
  public int errorCount() {
    return errors;
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return errors > 0;
  }

  /** The problems in document order (by offset, then bad characters first, then in the order found). */
  public List<PolicyProblem> sorted() {
    if (entries.isEmpty()) {
      return List.of();
    }
    return entries.stream().sorted(ORDER).map(Entry::problem).toList();
  }
}
