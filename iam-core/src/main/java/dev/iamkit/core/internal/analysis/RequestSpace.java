package dev.iamkit.core.internal.analysis;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.eval.ContextType;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.internal.catalog.ServiceCatalog;
import dev.iamkit.core.internal.match.ActionPattern;
import dev.iamkit.core.internal.match.Glob;
import dev.iamkit.core.internal.match.ResourcePattern;
import dev.iamkit.core.internal.match.Template;
import dev.iamkit.core.internal.value.Base64Values;
import dev.iamkit.core.internal.value.Booleans;
import dev.iamkit.core.internal.value.Dates;
import dev.iamkit.core.internal.value.Decimals;
import dev.iamkit.core.internal.value.IpRange;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.OperatorFamily;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Statement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The representative requests of a comparison: the finite sets of actions, resources, callers and context values
 * that between them meet every class of requests the given policies can tell apart (see the documentation of
 * {@code dev.iamkit.core.analysis}). Built from the policies; resources and keys are derived per action, from the
 * statements that may apply to it, and cached. Not thread-safe: one instance serves one comparison.
 */
public final class RequestSpace {
  /** The account of the caller (identity-side kinds) and of the resource (resource-side kinds). */
  public static final AccountId HOME = AccountId.parse("111122223333");

  private static final String FRESH_VALUE = "compare-value";
  private static final int MAX_STATES = 20_000;
  private static final int MAX_ASSIGNMENTS = 256;
  private static final int MAX_SUBSET_BASE = 5;
  private static final int MAX_ARN_COMBINATIONS = 100_000;

  private final PolicyKind kind;
  private final Set<String> incomplete = new LinkedHashSet<>();
  private final List<StatementInfo> statements = new ArrayList<>();
  private final Map<String, KeyUse> keys = new LinkedHashMap<>();
  private final List<Map<String, String>> assignments;
  private final List<String> actions;
  private final List<Principal> principals;
  private final Map<String, KeyDimension> dimensions = new LinkedHashMap<>();
  private final Map<BitSet, Slice> slices = new HashMap<>();

  /**
   * What matters for one action: the representative resources and the context keys of the statements that may
   * apply to it.
   *
   * @param resources {@code *} and ARNs, one per class of the resource entries of those statements
   * @param keys the context keys their conditions and variables use, with their values
   */
  public record Slice(List<String> resources, List<KeyDimension> keys) {
    /** Copies the lists. */
    public Slice {
      resources = List.copyOf(resources);
      keys = List.copyOf(keys);
    }
  }

  /** What one statement can need: its action entries (null: it may apply to any action) and its context keys. */
  private record StatementInfo(@org.jspecify.annotations.Nullable List<ActionPattern> actions, Set<String> keys,
      List<ResourcePattern> resources) {}

  /** Everything the policies say about one context key. */
  private static final class KeyUse {
    final String name;
    final EnumSet<OperatorFamily> families = EnumSet.noneOf(OperatorFamily.class);
    boolean qualified;
    boolean variable;
    final Set<String> tried = new LinkedHashSet<>();
    final List<Template> strings = new ArrayList<>();
    final List<BigDecimal> numbers = new ArrayList<>();
    final List<Instant> dates = new ArrayList<>();
    final List<IpRange> ranges = new ArrayList<>();
    final Set<String> binaries = new LinkedHashSet<>();
    final List<List<Template>> arns = new ArrayList<>();

    KeyUse(String name) {
      this.name = name;
    }
  }

  private RequestSpace(PolicyKind kind, List<Policy> policies, boolean catalogActions) {
    this.kind = kind;
    for (Policy p : policies) {
      for (Statement s : p.statements()) {
        statements.add(read(s, p.supportsVariables()));
      }
    }
    this.assignments = assignments();
    this.actions = catalogActions ? Actions.fromServiceReference(kind, policies)
        : Actions.everyName(kind, policies, this::witnesses);
    this.principals = kind.hasPrincipal()
        ? Principals.of(policies, HOME, otherAccount(policies))
        : List.of(callerFor(kind));
    for (Map.Entry<String, KeyUse> e : keys.entrySet()) {
      dimensions.put(e.getKey(), dimension(e.getValue()));
    }
  }

  /**
   * The representative requests of {@code policies}, all of {@code kind}.
   *
   * @param catalogActions whether actions range over the service reference's actions only
   */
  public static RequestSpace of(PolicyKind kind, List<Policy> policies, boolean catalogActions) {
    Objects.requireNonNull(kind, "kind");
    return new RequestSpace(kind, List.copyOf(policies), catalogActions);
  }

  /** The representative actions. */
  public List<String> actions() {
    return actions;
  }


  /** The representative callers. */
  public List<Principal> principals() {
    return principals;
  }

  /**
   * Why the representatives may miss a class, one sentence each; empty when they provably cover every class. Grows
   * as {@link #slice} meets new statements.
   */
  public List<String> incompleteReasons() {
    return List.copyOf(incomplete);
  }

  /**
   * The resources and context keys that matter for {@code action}: those of the statements whose Action may match
   * it (a statement whose Action does not match applies to no request of that action, whatever its resource or
   * context, S2.1).
   */
  public Slice slice(String action) {
    BitSet relevant = new BitSet(statements.size());
    for (int i = 0; i < statements.size(); i++) {
      List<ActionPattern> patterns = statements.get(i).actions();
      if (patterns == null || patterns.stream().anyMatch(p -> p.matches(action))) {
        relevant.set(i);
      }
    }
    return slices.computeIfAbsent(relevant, this::buildSlice);
  }

  private Slice buildSlice(BitSet relevant) {
    Set<String> needed = new LinkedHashSet<>();
    List<ResourcePattern> patterns = new ArrayList<>();
    for (int i = relevant.nextSetBit(0); i >= 0; i = relevant.nextSetBit(i + 1)) {
      needed.addAll(statements.get(i).keys());
      patterns.addAll(statements.get(i).resources());
    }
    List<KeyDimension> keyDimensions = new ArrayList<>();
    for (String k : needed) {
      KeyDimension d = dimensions.get(k);
      if (d != null) {
        keyDimensions.add(d);
      }
    }
    return new Slice(resources(patterns), keyDimensions);
  }

  // ------------------------------------------------------------------ reading the policies

  private StatementInfo read(Statement s, boolean variables) {
    Set<String> statementKeys = new LinkedHashSet<>();
    List<ResourcePattern> resourcePatterns = new ArrayList<>();
    List<ActionPattern> actionPatterns = null;
    if (s.action().isPresent() && s.notAction().isEmpty()) {
      actionPatterns = new ArrayList<>();
      for (Action a : s.action().get()) {
        actionPatterns.add(ActionPattern.compile(a));
      }
    }
    for (OneOrMany<Resource> element : optionals(s.resource(), s.notResource())) {
      for (Resource r : element) {
        ResourcePattern pattern = ResourcePattern.compile(r, kind, variables);
        for (Template.Variable v : pattern.variables()) {
          statementKeys.add(variable(v));
        }
        if (!pattern.matchesAll() && !pattern.matchesNothing() && pattern.resourceTemplate().isPresent()) {
          resourcePatterns.add(pattern);
        }
      }
    }
    s.condition().ifPresent(c -> c.operators().forEach((op, byKey) -> byKey.forEach((key, values) -> {
      statementKeys.add(key.normalized());
      readCondition(op, key, values, variables, statementKeys);
    })));
    return new StatementInfo(actionPatterns, statementKeys, resourcePatterns);
  }

  static <T> List<T> optionals(Optional<T> a, Optional<T> b) {
    List<T> out = new ArrayList<>(2);
    a.ifPresent(out::add);
    b.ifPresent(out::add);
    return out;
  }

  private KeyUse use(String normalized, String name) {
    return keys.computeIfAbsent(normalized, k -> new KeyUse(name));
  }

  private String variable(Template.Variable v) {
    KeyUse use = use(v.normalizedKey(), v.key());
    use.variable = true;
    use.tried.add(FRESH_VALUE);
    use.tried.add("");
    v.defaultValue().ifPresent(use.tried::add);
    return v.normalizedKey();
  }

  private void readCondition(ConditionOperator op, ConditionKey key, OneOrMany<ConditionValue> values,
      boolean variablesEnabled, Set<String> statementKeys) {
    KeyUse use = use(key.normalized(), key.text());
    Optional<BaseOperator> base = op.base();
    if (base.isEmpty()) {
      return; // an unknown operator is false whatever the request holds (S1.10)
    }
    BaseOperator positive = base.get().positive();
    OperatorFamily family = base.get().family();
    use.families.add(family);
    use.qualified |= op.qualifier().isPresent();
    boolean variables = variablesEnabled && base.get().allowsVariables();
    for (ConditionValue value : values) {
      String text = value.text();
      switch (family) {
        case STRING -> {
          boolean ignoreCase = positive == BaseOperator.STRING_EQUALS_IGNORE_CASE;
          Template t = positive == BaseOperator.STRING_LIKE ? Template.pattern(text, variables, ignoreCase)
              : Template.exact(text, variables, ignoreCase);
          use.strings.add(t);
          t.variables().forEach(v -> statementKeys.add(variable(v)));
          t.staticText().ifPresent(use.tried::add);
        }
        case NUMERIC -> Decimals.parse(text).ifPresent(use.numbers::add);
        case DATE -> Dates.parse(text).ifPresent(use.dates::add);
        case IP_ADDRESS -> IpRange.parse(text).ifPresent(use.ranges::add);
        case BINARY -> use.binaries.add(text);
        case BOOLEAN -> Template.exact(text, variables, false).variables()
            .forEach(v -> statementKeys.add(variable(v)));
        case ARN -> {
          List<Template> fields = Template.compileArnFields(text, variables, false);
          if (fields.size() == 6) {
            use.arns.add(fields);
            fields.forEach(f -> f.variables().forEach(v -> statementKeys.add(variable(v))));
          }
        }
        case NULL -> {
          // Null looks only at presence (S3.11).
        }
      }
    }
  }

  // ------------------------------------------------------------------ policy variables

  /** Every combination of tried values of the keys used as variables (one empty map when there are none). */
  private List<Map<String, String>> assignments() {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(new TreeMap<>());
    List<String> variableKeys = new ArrayList<>();
    for (Map.Entry<String, KeyUse> e : keys.entrySet()) {
      if (!e.getValue().variable) {
        continue;
      }
      variableKeys.add("${" + e.getValue().name + "}");
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> a : out) {
        for (String v : e.getValue().tried) {
          Map<String, String> m = new TreeMap<>(a);
          m.put(e.getKey(), v);
          next.add(m);
        }
      }
      out = next;
    }
    if (!variableKeys.isEmpty()) {
      incomplete.add("policy variables " + String.join(", ", variableKeys) + " were tried with the values the"
          + " policies compare them with, their defaults, \"\", \"" + FRESH_VALUE + "\", absent and multivalued;"
          + " that these stand for every other value is not proven");
    }
    if (out.size() > MAX_ASSIGNMENTS) {
      incomplete.add("only " + MAX_ASSIGNMENTS + " of " + out.size() + " combinations of variable values were used");
      out = out.subList(0, MAX_ASSIGNMENTS);
    }
    return out;
  }

  /** A request carrying one assignment of variable values, to resolve templates with. */
  private static RequestContext carrier(Map<String, String> assignment) {
    RequestContext.Builder b = RequestContext.builder().principal(caller()).action("compare:x");
    assignment.forEach((k, v) -> b.context(k, ContextValue.string(v)));
    return b.build();
  }

  private List<Glob> resolveAll(List<Template> templates) {
    Set<Glob> out = new LinkedHashSet<>();
    for (Template t : templates) {
      if (t.glob().isPresent()) {
        out.add(t.glob().get());
        continue;
      }
      for (Map<String, String> a : assignments) {
        t.resolve(carrier(a)).ifPresent(out::add);
      }
    }
    return new ArrayList<>(out);
  }

  List<String> witnesses(List<Glob> globs, String forbidden, boolean allowEmpty, String where) {
    GlobWitnesses.Result r = GlobWitnesses.of(globs, forbidden, allowEmpty, MAX_STATES);
    if (!r.complete()) {
      incomplete.add(where + ": not every class of texts was reached (the " + globs.size() + " patterns have more"
          + " than " + MAX_STATES + " product states, or hold characters outside the Basic Multilingual Plane)");
    }
    return r.texts();
  }

  // ------------------------------------------------------------------ resources and ARN values

  private List<String> resources(List<ResourcePattern> patterns) {
    List<List<Glob>> instances = new ArrayList<>();
    for (ResourcePattern pattern : patterns) {
      for (Glob name : resolveAll(pattern.resourceTemplate().map(List::of).orElse(List.of()))) {
        List<Glob> fields = new ArrayList<>(pattern.arnFieldGlobs());
        fields.add(name);
        if (!instances.contains(fields)) {
          instances.add(fields);
        }
      }
    }
    List<String> out = new ArrayList<>();
    out.add("*"); // the request resource of actions without resource-level permissions (S2.2, A21)
    // A request ARN starts with "arn:" and has a partition and a service (Arn.parse).
    out.addAll(arns(instances, true, "resources"));
    return List.copyOf(out);
  }

  /**
   * ARNs, one per combination of matches over the instantiated patterns (six field globs each): the product of
   * per-field witnesses, kept when it meets a combination not met before.
   */
  private List<String> arns(List<List<Glob>> instances, boolean requestResource, String where) {
    List<List<String>> texts = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      Set<Glob> globs = new LinkedHashSet<>();
      for (List<Glob> inst : instances) {
        globs.add(inst.get(k));
      }
      if (requestResource && k == 0) {
        texts.add(List.of("arn"));
      } else {
        boolean mayBeEmpty = !(requestResource && (k == 1 || k == 2));
        texts.add(witnesses(new ArrayList<>(globs), k < 5 ? ":" : "", mayBeEmpty, where));
      }
    }
    Map<BitSet, String> byVector = new LinkedHashMap<>();
    int[] index = new int[6];
    long combinations = 1;
    for (List<String> f : texts) {
      combinations *= f.size();
    }
    if (combinations > MAX_ARN_COMBINATIONS) {
      incomplete.add(where + ": " + combinations + " combinations of ARN fields, only the first "
          + MAX_ARN_COMBINATIONS + " were used");
    }
    String[] field = new String[6];
    for (long n = 0; n < Math.min(combinations, MAX_ARN_COMBINATIONS); n++) {
      for (int k = 0; k < 6; k++) {
        field[k] = texts.get(k).get(index[k]);
      }
      BitSet v = new BitSet(instances.size());
      for (int i = 0; i < instances.size(); i++) {
        List<Glob> inst = instances.get(i);
        boolean all = true;
        for (int k = 0; k < 6 && all; k++) {
          all = inst.get(k).matches(field[k]);
        }
        if (all) {
          v.set(i);
        }
      }
      byVector.putIfAbsent(v, String.join(":", field));
      for (int k = 5; k >= 0; k--) {
        if (++index[k] < texts.get(k).size()) {
          break;
        }
        index[k] = 0;
      }
    }
    return new ArrayList<>(byVector.values());
  }

  // ------------------------------------------------------------------ callers

  private static Principal caller() {
    return Principal.parse("arn:aws:iam::" + HOME.value() + ":user/alice");
  }

  private static AccountId otherAccount(List<Policy> policies) {
    String all = policies.toString();
    for (String candidate : List.of("444455556666", "555566667777", "666677778888", "777788889999")) {
      if (!all.contains(candidate)) {
        return AccountId.parse(candidate);
      }
    }
    return AccountId.parse("888899990000");
  }

  /** The callers of the given kind when the kind has no Principal element. */
  public static Principal callerFor(PolicyKind kind) {
    return kind == PolicyKind.SESSION
        ? Principal.parse("arn:aws:sts::" + HOME.value() + ":assumed-role/compare-role/session")
        : caller();
  }

  // ------------------------------------------------------------------ context keys

  private KeyDimension dimension(KeyUse use) {
    Map<String, ContextValue> singles = new LinkedHashMap<>();
    EnumSet<OperatorFamily> valued = EnumSet.copyOf(use.families.isEmpty()
        ? EnumSet.of(OperatorFamily.NULL) : use.families);
    valued.remove(OperatorFamily.NULL);
    if (valued.size() > 1) {
      incomplete.add("condition key " + use.name + " is compared as " + valued.toString().toLowerCase(Locale.ROOT)
          + " values; the classes of each kind were tried, not their intersections");
    }
    for (OperatorFamily f : valued) {
      for (String text : singleTexts(use, f)) {
        singles.putIfAbsent(text, typed(f, text));
      }
    }
    if (use.variable || valued.isEmpty()) {
      for (String t : use.tried) {
        singles.putIfAbsent(t, ContextValue.string(t));
      }
      if (singles.isEmpty()) {
        singles.put(FRESH_VALUE, ContextValue.string(FRESH_VALUE));
      }
    }
    List<Optional<ContextValue>> candidates = new ArrayList<>();
    candidates.add(Optional.empty());
    singles.values().forEach(v -> candidates.add(Optional.of(v)));
    boolean singleValued = ServiceCatalog.instance().conditionKey(use.name)
        .map(ServiceCatalog.KeyInfo::isSingleValued).orElse(false);
    if (!singleValued) {
      candidates.addAll(lists(use, new ArrayList<>(singles.values())));
    }
    return new KeyDimension(use.name, candidates);
  }

  private List<Optional<ContextValue>> lists(KeyUse use, List<ContextValue> singles) {
    List<Optional<ContextValue>> out = new ArrayList<>();
    out.add(Optional.of(ContextValue.strings(List.of())));
    if (!use.qualified) {
      // Without a set qualifier every operator is false for a list (A13), whatever it holds.
      out.add(Optional.of(list(List.of(singles.get(0)))));
      return out;
    }
    int n = singles.size();
    if (n <= MAX_SUBSET_BASE) {
      for (int mask = 1; mask < (1 << n); mask++) {
        List<ContextValue> members = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          if ((mask & (1 << k)) != 0) {
            members.add(singles.get(k));
          }
        }
        out.add(Optional.of(list(members)));
      }
      return out;
    }
    incomplete.add("multivalued key " + use.name + " has " + n + " classes of values; lists of one and two of"
        + " them and of all of them were tried, not every combination");
    for (int a = 0; a < n; a++) {
      out.add(Optional.of(list(List.of(singles.get(a)))));
      for (int b = a + 1; b < n; b++) {
        out.add(Optional.of(list(List.of(singles.get(a), singles.get(b)))));
      }
    }
    out.add(Optional.of(list(singles)));
    return out;
  }

  private static ContextValue list(List<ContextValue> members) {
    ContextType type = members.get(0).type();
    List<String> texts = new ArrayList<>();
    for (ContextValue m : members) {
      if (m.type() != type) {
        type = ContextType.STRING;
      }
      texts.add(m.values().get(0));
    }
    return ContextValue.listOf(type, texts);
  }

  private List<String> singleTexts(KeyUse use, OperatorFamily family) {
    List<String> out = new ArrayList<>();
    switch (family) {
      case STRING -> out.addAll(witnesses(resolveAll(use.strings), "", true, "values of " + use.name));
      case NUMERIC -> out.addAll(Boundaries.numbers(use.numbers));
      case DATE -> out.addAll(Boundaries.dates(use.dates));
      case IP_ADDRESS -> out.addAll(Boundaries.addresses(use.ranges));
      case BOOLEAN -> out.addAll(List.of("true", "false"));
      case BINARY -> {
        out.addAll(use.binaries);
        out.add(use.binaries.contains("Y29tcGFyZQ==") ? "Y29tcGFyZTI=" : "Y29tcGFyZQ==");
      }
      case ARN -> out.addAll(arnValues(use));
      case NULL -> {
        // presence only
      }
    }
    if (family != OperatorFamily.STRING) {
      out.add(FRESH_VALUE); // a value of the wrong type: every comparison with it is false (S3.14)
    }
    return out;
  }

  private List<String> arnValues(KeyUse use) {
    List<List<Glob>> instances = new ArrayList<>();
    for (List<Template> value : use.arns) {
      for (Map<String, String> a : assignments) {
        RequestContext carrier = carrier(a);
        List<Glob> fields = new ArrayList<>(6);
        for (Template t : value) {
          t.resolve(carrier).ifPresent(fields::add);
        }
        if (fields.size() == 6 && !instances.contains(fields)) {
          instances.add(fields);
        }
      }
    }
    return arns(instances, false, "ARN values of " + use.name);
  }

  private static ContextValue typed(OperatorFamily family, String text) {
    return switch (family) {
      case NUMERIC -> Decimals.isValid(text) ? ContextValue.numeric(text) : ContextValue.string(text);
      case DATE -> Dates.isValid(text) ? ContextValue.date(text) : ContextValue.string(text);
      case IP_ADDRESS -> IpRange.isAddress(text) ? ContextValue.ip(text) : ContextValue.string(text);
      case BOOLEAN -> Booleans.parse(text).isPresent() ? ContextValue.of(ContextType.BOOLEAN, text)
          : ContextValue.string(text);
      case BINARY -> Base64Values.isValid(text) ? ContextValue.binary(text) : ContextValue.string(text);
      default -> ContextValue.string(text);
    };
  }

  @Override
  public String toString() {
    return "RequestSpace{actions=" + actions.size() + ", principals=" + principals.size() + ", keys="
        + dimensions.keySet() + ", slices=" + slices.size() + "}";
  }
}
