package dev.iamkit.core.analysis;

import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.internal.analysis.KeyDimension;
import dev.iamkit.core.internal.analysis.RequestSpace;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Exact comparison of two policies of one kind: is the newer one no more permissive than the older, that is, does
 * every request the newer policy allows also get allowed by the older one? Immutable and thread-safe; configure
 * with the {@code with...} methods, which return new instances.
 *
 * <pre>{@code
 * ComparisonResult r = PolicyComparison.of(PolicyKind.IDENTITY).compare(oldPolicy, newPolicy);
 * if (!r.isNoMorePermissive()) {
 *   r.counterexamples().forEach(System.out::println);   // requests NEW allows and OLD does not
 * }
 * r.complete();            // true: the answer is proven, not sampled
 * r.incompleteReasons();   // otherwise, why not
 * }</pre>
 *
 * <p>Both policies are decided by the real {@link Evaluator} over a finite set of representative requests derived
 * from both policies, chosen so that every class of requests the two policies can tell apart has a member in the
 * set. The method, its proof sketch and its limits are in the documentation of the package
 * {@code dev.iamkit.core.analysis}.
 *
 * <p>How a policy is decided, by kind: an identity policy alone, for a user of account 111122223333; a
 * permissions boundary, session policy (for a role session), SCP or RCP beside an identity policy that allows
 * everything (and, for an RCP, a resource policy that allows everyone), so that it is the only limit; a resource
 * or trust policy beside every combination of the extremes of the caller's own policies (no identity policy or
 * one allowing everything; no permissions boundary or one allowing nothing; no session policy, one allowing nothing
 * or one allowing everything), for callers of every account it names, of its own account 111122223333 and of one
 * other account.
 */
public final class PolicyComparison {
  private static final int DEFAULT_MAX_REQUESTS = 2_000_000;
  private static final int DEFAULT_MAX_COUNTEREXAMPLES = 10;
  private static final Policy ALLOW_ALL = Policy.builder()
      .statement(Statement.builder().effect(Effect.ALLOW).action("*").resource("*").build()).build();
  private static final Policy ALLOW_NOTHING = Policy.builder().statementArray(true).build();
  private static final Policy ALLOW_EVERYONE = Policy.builder()
      .statement(Statement.builder().effect(Effect.ALLOW).principal(PrincipalElement.wildcard())
          .action("*").resource("*").build()).build();

  private final PolicyKind kind;
  private final boolean serviceReferenceActions;
  private final long maxRequests;
  private final int maxCounterexamples;

  private PolicyComparison(PolicyKind kind, boolean serviceReferenceActions, long maxRequests, int maxCounterexamples) {
    this.kind = kind;
    this.serviceReferenceActions = serviceReferenceActions;
    this.maxRequests = maxRequests;
    this.maxCounterexamples = maxCounterexamples;
  }

  /**
   * A comparison of policies of {@code kind}, over every action string (a wildcard also grants actions AWS adds
   * later), deciding at most 2,000,000 representative requests and keeping at most 10 counterexamples.
   *
   * @throws IllegalArgumentException for {@link PolicyKind#VPC_ENDPOINT}, whose comparison is not supported yet
   */
  public static PolicyComparison of(PolicyKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (kind == PolicyKind.VPC_ENDPOINT) {
      // The endpoint gate takes part only in requests that carry aws:SourceVpce (S6.16); the representative
      // requests do not model that yet, and a comparison that cannot be exact must not pretend to be.
      throw new IllegalArgumentException("Comparing VPC endpoint policies is not supported yet: compare them as"
          + " resource policies (" + PolicyKind.RESOURCE.id() + ") for the principals and actions they admit");
    }
    return new PolicyComparison(kind, false, DEFAULT_MAX_REQUESTS, DEFAULT_MAX_COUNTEREXAMPLES);
  }

  /**
   * A comparison whose actions range over the actions of the service reference that iamkit ships (the
   * catalogue the validator uses), as a reviewer of today's access would: {@code s3:Get*} then equals the list
   * of every S3 action starting with {@code Get}. Actions AWS adds later are not considered.
   */
  public PolicyComparison withServiceReferenceActions() {
    return new PolicyComparison(kind, true, maxRequests, maxCounterexamples);
  }

  /**
   * A comparison that decides at most {@code maxRequests} representative requests; when there are more, the result
   * is not {@link ComparisonResult#complete() complete}.
   *
   * @throws IllegalArgumentException if {@code maxRequests} is not positive
   */
  public PolicyComparison withMaxRequests(long maxRequests) {
    if (maxRequests <= 0) {
      throw new IllegalArgumentException("maxRequests must be positive, found " + maxRequests);
    }
    return new PolicyComparison(kind, serviceReferenceActions, maxRequests, maxCounterexamples);
  }

  /**
   * A comparison that stops after {@code maxCounterexamples} counterexamples.
   *
   * @throws IllegalArgumentException if {@code maxCounterexamples} is not positive
   */
  public PolicyComparison withMaxCounterexamples(int maxCounterexamples) {
    if (maxCounterexamples <= 0) {
      throw new IllegalArgumentException("maxCounterexamples must be positive, found " + maxCounterexamples);
    }
    return new PolicyComparison(kind, serviceReferenceActions, maxRequests, maxCounterexamples);
  }

  /** The kind both policies are compared as. */
  public PolicyKind kind() {
    return kind;
  }

  /** Whether actions range over the service reference only (see {@link #withServiceReferenceActions()}). */
  public boolean usesServiceReferenceActions() {
    return serviceReferenceActions;
  }

  /**
   * Compares {@code older} and {@code newer}: finds requests {@code newer} allows and {@code older} does not.
   * Policies are taken as they are: validate them first ({@code PolicyValidator}) to learn what AWS would refuse.
   */
  public ComparisonResult compare(Policy older, Policy newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    return compare(new NamedPolicy("older", older), new NamedPolicy("newer", newer));
  }

  /**
   * Compares two named policies, as {@link #compare(Policy, Policy)}; the names appear in the counterexamples'
   * matched statements (a file name, for instance).
   */
  public ComparisonResult compare(NamedPolicy older, NamedPolicy newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    RequestSpace space = RequestSpace.of(kind, List.of(older.policy(), newer.policy()), serviceReferenceActions);
    Search search = new Search(space);
    for (Setting setting : settings()) {
      if (!search.run(setting, setting.build(older), setting.build(newer))) {
        break;
      }
    }
    List<String> reasons = new ArrayList<>(space.incompleteReasons()); // read after the search: slices add reasons
    if (search.truncated) {
      reasons.add("stopped after " + maxRequests + " representative requests (withMaxRequests)");
    }
    if (!search.counterexamples.isEmpty()) {
      reasons.clear(); // a counterexample proves the answer
    }
    return new ComparisonResult(kind, search.counterexamples, reasons, search.evaluated);
  }

  /** The other policies a policy of this kind is decided with. */
  private record Setting(String description, Function<NamedPolicy, PolicySet> builder) {
    PolicySet build(NamedPolicy policy) {
      return builder.apply(policy);
    }
  }

  private List<Setting> settings() {
    NamedPolicy all = new NamedPolicy("allow-everything", ALLOW_ALL);
    String beside = "beside an identity policy allowing everything";
    return switch (kind) {
      case IDENTITY -> List.of(new Setting("the policy alone", p -> PolicySet.builder().identity(p).build()));
      case PERMISSIONS_BOUNDARY -> List.of(new Setting(beside,
          p -> PolicySet.builder().identity(all).permissionsBoundary(p).build()));
      case SESSION -> List.of(new Setting(beside, p -> PolicySet.builder().identity(all).session(p).build()));
      case SCP -> List.of(new Setting(beside, p -> PolicySet.builder().identity(all).scpLevel(List.of(p)).build()));
      case RCP -> List.of(new Setting(beside + " and a resource policy allowing everyone",
          p -> PolicySet.builder().identity(all).resourcePolicy(new NamedPolicy("allow-everyone", ALLOW_EVERYONE))
              .rcpLevel(List.of(p)).build()));
      case RESOURCE -> callerSides(false);
      case TRUST -> callerSides(true);
      case VPC_ENDPOINT -> throw new IllegalStateException("rejected by of(kind)");
    };
  }

  /**
   * For resource and trust policies, every combination of what the caller's own policies can say, each reduced to
   * its two extremes: identity policies (none, or one allowing everything), permissions boundary (none, or one
   * allowing nothing) and session policies (none, one allowing nothing, one allowing everything). A grant to an
   * account delegates to the identity policies, a grant to a role is limited by the boundary and the session
   * policy, a grant to a user or session stands alone (S6.7, S6.8, S6.10); for each request the decision depends on
   * each of these policies only through whether it allows that request, so the extremes meet every case.
   */
  private static List<Setting> callerSides(boolean trust) {
    NamedPolicy all = new NamedPolicy("allow-everything", ALLOW_ALL);
    NamedPolicy nothing = new NamedPolicy("allow-nothing", ALLOW_NOTHING);
    List<Setting> out = new ArrayList<>();
    for (int identity = 0; identity < 2; identity++) {
      for (int boundary = 0; boundary < 2; boundary++) {
        for (int session = 0; session < 3; session++) {
          int i = identity;
          int b = boundary;
          int s = session;
          String description = (i == 0 ? "no identity policy" : "an identity policy allowing everything")
              + (b == 0 ? "" : ", a permissions boundary allowing nothing")
              + (s == 0 ? "" : s == 1 ? ", a session policy allowing nothing" : ", a session policy allowing everything");
          out.add(new Setting(description, p -> {
            PolicySet.Builder set = PolicySet.builder();
            if (i == 1) {
              set.identity(all);
            }
            if (b == 1) {
              set.permissionsBoundary(nothing);
            }
            if (s > 0) {
              set.session(s == 1 ? nothing : all);
            }
            return trust ? set.trustPolicy(p).build() : set.resourcePolicy(p).build();
          }));
        }
      }
    }
    return out;
  }

  /** One run over the representative requests; not thread-safe, used by one call of {@link #compare}. */
  private final class Search {
    final RequestSpace space;
    final List<Counterexample> counterexamples = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    long evaluated;
    boolean truncated;

    Search(RequestSpace space) {
      this.space = space;
    }

    /** Decides every representative request in one setting; false when the search must stop. */
    boolean run(Setting setting, PolicySet older, PolicySet newer) {
      Evaluator evaluator = Evaluator.standard();
      for (Principal principal : space.principals()) {
        for (String action : space.actions()) {
          RequestSpace.Slice slice = space.slice(action);
          List<KeyDimension> keys = slice.keys();
          for (String resource : slice.resources()) {
            int[] index = new int[keys.size()];
            while (true) {
              if (evaluated >= maxRequests) {
                truncated = true;
                return false;
              }
              RequestContext request = request(principal, action, resource, keys, index);
              evaluated++;
              Evaluation n = evaluator.evaluate(newer, request);
              if (n.isAllowed()) {
                Evaluation o = evaluator.evaluate(older, request);
                // One counterexample per setting, caller and reason (the statements on both sides).
                if (!o.isAllowed() && seen.add(setting.description() + "|" + principal + "|"
                    + n.matchedStatements() + "|" + o.decision() + o.matchedStatements())) {
                  counterexamples.add(new Counterexample(request, setting.description(), o, n));
                  if (counterexamples.size() >= maxCounterexamples) {
                    return false;
                  }
                }
              }
              if (!advance(index, keys)) {
                break;
              }
            }
          }
        }
      }
      return true;
    }
  }

  private static boolean advance(int[] index, List<KeyDimension> keys) {
    for (int k = index.length - 1; k >= 0; k--) {
      if (++index[k] < keys.get(k).candidates().size()) {
        return true;
      }
      index[k] = 0;
    }
    return false;
  }

  private static RequestContext request(Principal principal, String action, String resource, List<KeyDimension> keys,
      int[] index) {
    RequestContext.Builder b = RequestContext.builder()
        .principal(principal)
        .action(action)
        .resource(resource);
    if (Arn.tryParse(resource).flatMap(Arn::accountId).isEmpty()) {
      // A resource whose ARN names no account (S3) is taken to be in the caller's home account; one that names
      // an account belongs to that account (S5.7).
      b.resourceAccount(RequestSpace.HOME);
    }
    for (int k = 0; k < index.length; k++) {
      Optional<ContextValue> v = keys.get(k).candidates().get(index[k]);
      if (v.isPresent()) {
        b.context(keys.get(k).name(), v.get());
      }
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "PolicyComparison{kind=" + kind.id() + (serviceReferenceActions ? ", service reference actions" : "")
        + ", maxRequests=" + maxRequests + ", maxCounterexamples=" + maxCounterexamples + "}";
  }
}
