package dev.iamkit.core.internal.engine;

import dev.iamkit.core.internal.match.ActionPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The statements of every policy of one kind (or one SCP or RCP level) indexed by the actions they name (S2.1), so
 * that a request visits only the statements whose Action part can match it, whatever the number of policies.
 * Immutable and thread-safe; a lookup is at most two hash probes and allocates nothing.
 *
 * <p>Three buckets, disjoint for any one request:
 * <ul>
 *   <li><em>exact</em>, by lower-cased action {@code service:name}: statements whose Action entries for that
 *       service are all without wildcard, under each action they name; their action part is known to match;</li>
 *   <li><em>service</em>, by lower-cased service prefix: statements with a wildcard Action entry for that service
 *       ({@code s3:Get*}), each with only its entries of that service to test;</li>
 *   <li><em>generic</em>: statements every request looks at: an Action {@code *}, a NotAction, both parts, or
 *       neither; their whole action part is tested.</li>
 * </ul>
 * For each key the index holds its statements merged with the service bucket of that service and the generic
 * bucket, in policy order then document order (the order in which the engine reports diagnostics), so a request
 * reads one array. Malformed entries, which match nothing (S1.8), are indexed nowhere.
 */
final class StatementIndex {
  static final StatementIndex EMPTY = new StatementIndex(List.of());

  /** One statement as a candidate for a request, with what is left to test of its action part. */
  static final class Candidate {
    final CompiledStatement statement;
    /** The entries of the request's service to test; null: the whole action part (generic) or none ({@link #known}). */
    private final ActionPattern @Nullable [] patterns;
    /** Whether the action part is known to match: the statement was found under the request's exact action. */
    private final boolean known;

    private Candidate(CompiledStatement statement, ActionPattern @Nullable [] patterns, boolean known) {
      this.statement = statement;
      this.patterns = patterns;
      this.known = known;
    }

    /** S2.1, S2.3: whether the statement's action part matches the lower-cased request action. */
    boolean actionMatches(String lowerAction, String service, int colon) {
      if (known) {
        return true;
      }
      ActionPattern[] p = patterns;
      if (p == null) {
        return statement.actionMatches(lowerAction, service, colon);
      }
      for (ActionPattern a : p) {
        if (a.matchesLowerCase(lowerAction, service, colon)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return statement.label + (known ? " (exact)" : patterns != null ? " (service)" : " (generic)");
    }
  }

  private static final Comparator<Candidate> ORDER = Comparator
      .<Candidate>comparingInt(c -> c.statement.policyOrder)
      .thenComparingInt(c -> c.statement.index);

  private final Map<String, Candidate[]> byAction;
  private final Map<String, Candidate[]> byService;
  private final Candidate[] generic;
  private final int size;

  private StatementIndex(List<CompiledPolicy> policies) {
    List<Candidate> generic = new ArrayList<>();
    Map<String, List<Candidate>> exact = new LinkedHashMap<>();
    Map<String, List<Candidate>> wild = new LinkedHashMap<>();
    int size = 0;
    for (CompiledPolicy policy : policies) {
      for (CompiledStatement s : policy.statements) {
        size++;
        ActionPattern[] actions = s.indexableActions();
        if (actions == null) {
          generic.add(new Candidate(s, null, false));
          continue;
        }
        Map<String, List<ActionPattern>> byService = new LinkedHashMap<>();
        for (ActionPattern a : actions) {
          if (!a.matchesNothing()) {
            byService.computeIfAbsent(a.service(), k -> new ArrayList<>()).add(a);
          }
        }
        byService.forEach((service, patterns) -> {
          if (patterns.stream().allMatch(a -> a.lowerCaseLiteralName().isPresent())) {
            Set<String> names = new LinkedHashSet<>();
            patterns.forEach(a -> names.add(service + ":" + a.lowerCaseLiteralName().orElseThrow()));
            Candidate c = new Candidate(s, null, true);
            names.forEach(n -> exact.computeIfAbsent(n, k -> new ArrayList<>()).add(c));
          } else {
            wild.computeIfAbsent(service, k -> new ArrayList<>())
                .add(new Candidate(s, patterns.toArray(new ActionPattern[0]), false));
          }
        });
      }
    }
    this.size = size;
    this.generic = generic.toArray(new Candidate[0]);
    Map<String, Candidate[]> services = new HashMap<>();
    wild.forEach((service, list) -> services.put(service, merge(list, List.of(), generic)));
    Map<String, Candidate[]> actions = new HashMap<>();
    exact.forEach((action, list) -> actions.put(action,
        merge(list, wild.getOrDefault(action.substring(0, action.indexOf(':')), List.of()), generic)));
    this.byService = Map.copyOf(services);
    this.byAction = Map.copyOf(actions);
  }

  /** Indexes the statements of {@code policies}, which are in policy order. */
  static StatementIndex of(List<CompiledPolicy> policies) {
    return policies.isEmpty() ? EMPTY : new StatementIndex(policies);
  }

  private static Candidate[] merge(List<Candidate> a, List<Candidate> b, List<Candidate> c) {
    List<Candidate> all = new ArrayList<>(a.size() + b.size() + c.size());
    all.addAll(a);
    all.addAll(b);
    all.addAll(c);
    all.sort(ORDER);
    return all.toArray(new Candidate[0]);
  }

  /**
   * The statements a request for {@code lowerAction} (lower-cased with {@code Locale.ROOT}) of {@code service}
   * (its part before the colon) must look at, in policy order then document order. Every statement whose action
   * part matches the request is among them.
   */
  Candidate[] candidates(String lowerAction, String service) {
    Candidate[] c = byAction.get(lowerAction);
    if (c != null) {
      return c;
    }
    c = byService.get(service);
    return c != null ? c : generic;
  }

  /** Whether the index holds no statement. */
  boolean isEmpty() {
    return size == 0;
  }

  @Override
  public String toString() {
    return "StatementIndex{statements=" + size + ", actions=" + byAction.size() + ", services=" + byService.size()
        + ", generic=" + generic.length + "}";
  }
}
