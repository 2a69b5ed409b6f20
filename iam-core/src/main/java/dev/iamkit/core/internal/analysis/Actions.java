package dev.iamkit.core.internal.analysis;

import dev.iamkit.core.internal.catalog.ServiceCatalog;
import dev.iamkit.core.internal.engine.RcpSupportedServices;
import dev.iamkit.core.internal.match.ActionPattern;
import dev.iamkit.core.internal.match.Glob;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The representative actions of a comparison (S2.1): per service prefix written, one name per combination of
 * matches over the name globs of that service (plus a service no policy names, and the actions the evaluator itself
 * singles out); or, restricted to the service reference, one of its actions per combination of matches over every
 * entry. Stateless.
 */
final class Actions {
  private static final String FRESH_SERVICE = "compareservice";

  private Actions() {}

  /** Where characteristic texts come from (and incompleteness is recorded). */
  @FunctionalInterface
  interface Witnesses {
    List<String> texts(List<Glob> globs, String forbidden, boolean allowEmpty, String where);
  }

  static List<String> everyName(PolicyKind kind, List<Policy> policies, Witnesses witnesses) {
    Map<String, List<Glob>> byService = new TreeMap<>();
    byService.put(FRESH_SERVICE, new ArrayList<>());
    // S6.16: actions that need no permission are told apart by the evaluator itself.
    byService.computeIfAbsent("sts", s -> new ArrayList<>()).add(Glob.literal("getcalleridentity", false));
    byService.get("sts").add(Glob.literal("getsessiontoken", false));
    if (kind == PolicyKind.RCP) {
      byService.computeIfAbsent(firstUnused(RcpSupportedServices.PREFIXES, policies), s -> new ArrayList<>());
    }
    for (ActionPattern p : actionPatterns(policies)) {
      if (p.matchesAll() || p.matchesNothing()) {
        continue;
      }
      List<Glob> globs = byService.computeIfAbsent(p.service(), s -> new ArrayList<>());
      p.lowerCaseNameGlob().ifPresent(globs::add);
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<Glob>> e : byService.entrySet()) {
      if (e.getKey().isEmpty() || e.getKey().indexOf(':') >= 0) {
        continue;
      }
      for (String name : readable(e.getKey(), e.getValue(),
          witnesses.texts(e.getValue(), ":", false, "actions of " + e.getKey()))) {
        out.add(e.getKey() + ":" + name);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The witnesses with each replaced, where the service reference has one, by a real action name of the same class
   * (the same matches over {@code globs}): {@code s3:GetBucketAcl} reads better than {@code s3:get}.
   */
  private static List<String> readable(String service, List<Glob> globs, List<String> witnesses) {
    Map<BitSet, Integer> slot = new HashMap<>();
    for (int i = 0; i < witnesses.size(); i++) {
      slot.put(vector(globs, witnesses.get(i)), i);
    }
    List<String> out = new ArrayList<>(witnesses);
    for (String name : new java.util.TreeSet<>(ServiceCatalog.instance().actionNames(service))) {
      Integer i = slot.remove(vector(globs, name.toLowerCase(Locale.ROOT)));
      if (i != null) {
        out.set(i, name);
      }
    }
    return out;
  }

  private static BitSet vector(List<Glob> globs, String text) {
    BitSet v = new BitSet(globs.size());
    for (int k = 0; k < globs.size(); k++) {
      if (globs.get(k).matches(text)) {
        v.set(k);
      }
    }
    return v;
  }

  private static String firstUnused(Set<String> candidates, List<Policy> policies) {
    Set<String> used = new java.util.HashSet<>();
    for (ActionPattern p : actionPatterns(policies)) {
      used.add(p.service());
    }
    return candidates.stream().sorted().filter(c -> !used.contains(c)).findFirst().orElse("s3");
  }

  private static List<ActionPattern> actionPatterns(List<Policy> policies) {
    List<ActionPattern> out = new ArrayList<>();
    for (Policy p : policies) {
      for (Statement s : p.statements()) {
        for (OneOrMany<Action> element : RequestSpace.optionals(s.action(), s.notAction())) {
          for (Action a : element) {
            out.add(ActionPattern.compile(a));
          }
        }
      }
    }
    return out;
  }

  /** One action of the service reference per combination of matches over every action entry. */
  static List<String> fromServiceReference(PolicyKind kind, List<Policy> policies) {
    List<ActionPattern> patterns = actionPatterns(policies);
    ServiceCatalog catalog = ServiceCatalog.instance();
    Map<BitSet, String> byVector = new LinkedHashMap<>();
    for (String service : catalog.services()) {
      for (String name : catalog.actionNames(service)) {
        String action = service + ":" + name;
        BitSet v = new BitSet(patterns.size() + 2);
        for (int k = 0; k < patterns.size(); k++) {
          if (patterns.get(k).matches(action)) {
            v.set(k);
          }
        }
        if (kind == PolicyKind.RCP && RcpSupportedServices.supports(service)) {
          v.set(patterns.size());
        }
        if (service.equals("sts") && (name.equalsIgnoreCase("GetCallerIdentity")
            || name.equalsIgnoreCase("GetSessionToken"))) {
          v.set(patterns.size() + 1);
        }
        byVector.putIfAbsent(v, action);
      }
    }
    return List.copyOf(byVector.values());
  }
}
