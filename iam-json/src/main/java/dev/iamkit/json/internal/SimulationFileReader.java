package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SourcePosition;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.json.PolicyParseException;
import dev.iamkit.json.ReadLimits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a simulation file (ARCHITECTURE.md, "Simulation file") and checks all of it, policies included,
 * before anything runs. Immutable and thread-safe.
 *
 * <p>Each job has its own class, for the other files of iamkit to reuse: {@link JsonTreeReader} reads the JSON,
 * {@link Fields} its members, {@link PolicyReferences} resolves the policies, {@link ContextReader} types the
 * context values and {@link RequestReader} builds the requests. This class reads the {@code policies} object and
 * gives each request the policy set it needs (with the resource policy as a trust policy for role assumptions).
 */
public final class SimulationFileReader {
  private static final List<String> FILE_MEMBERS = List.of("policies", "requests", "managementAccount");
  private static final List<String> POLICIES_MEMBERS = List.of("identity", "permissionsBoundary", "session",
      "resource", "scp", "rcp", "vpcEndpoint");

  private final JsonTreeReader trees;
  private final boolean validates;
  private final ReadLimits limits;

  /**
   * A reader held to {@code limits}; with {@code validates}, each policy is also validated as its kind (see
   * {@link PolicyReferences}).
   */
  public SimulationFileReader(boolean validates, ReadLimits limits) {
    this.validates = validates;
    this.limits = limits;
    this.trees = new JsonTreeReader(limits.maxFileChars(), limits);
  }

  /**
   * One request of a file, checked.
   *
   * @param id the label, or null
   * @param request the request with the principal keys filled in (time keys are filled when it runs)
   * @param expected the expected decision, or null
   * @param policies the policies that apply to it, compiled once per file
   * @param position where the request object starts
   */
  public record ParsedRequest(@Nullable String id, RequestContext request, @Nullable Decision expected,
      PolicySet policies, SourcePosition position) {}

  /**
   * A checked file: its requests, and the warnings of the file in document order (the validator's warnings of its
   * policies, context keys no service defines), each positioned in the file.
   *
   * @param requests the requests in file order
   * @param warnings the warnings, which never make the file invalid
   */
  public record Parsed(List<ParsedRequest> requests, List<PolicyProblem> warnings) {
    /** Copies the lists. */
    public Parsed {
      requests = List.copyOf(requests);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Reads and checks a whole simulation file.
   *
   * @throws PolicyParseException for the first problem in document order, naming {@code sourceName}
   */
  public Parsed read(String text, String sourceName) {
    LineIndex lines = LineIndex.of(text);
    Problems problems = Problems.of(lines);
    List<ParsedRequest> requests = List.of();
    if (text.length() > limits.maxFileChars()) {
      problems.error(ProblemCode.DOCUMENT_TOO_LARGE, Limits.tooLarge("a simulation file", "maxFileChars",
          limits.maxFileChars()), "", limits.maxFileChars());
    } else {
      JsonValue root = trees.read(text, "", problems).completeRoot();
      if (root != null) {
        requests = new Parse(text, problems, validates, limits).file(root);
      }
    }
    List<PolicyProblem> sorted = problems.sorted();
    PolicyProblem first = sorted.stream().filter(PolicyProblem::isError).findFirst().orElse(null);
    if (first != null) {
      throw new PolicyParseException(first, sourceName);
    }
    return new Parsed(requests, sorted);
  }

  /** The parse of one file. */
  private static final class Parse {
    private final Problems problems;
    private final List<NamedPolicy> identity = new ArrayList<>();
    private @Nullable NamedPolicy boundary;
    private final List<NamedPolicy> session = new ArrayList<>();
    private @Nullable NamedPolicy resource;
    private @Nullable NamedPolicy vpcEndpoint;
    private final List<List<NamedPolicy>> scp = new ArrayList<>();
    private final List<List<NamedPolicy>> rcp = new ArrayList<>();
    private @Nullable PolicySet withResourcePolicy;
    private @Nullable PolicySet withTrustPolicy;
    private @Nullable AccountId managementAccount;
    /** The condition keys the policies mention, lower-cased: context keys a request may carry without a warning. */
    private final Set<String> mentionedKeys = new HashSet<>();

    private final Fields fields;
    private final PolicyReferences references;
    private final RequestReader requests;
    private final ReadLimits limits;

    Parse(String text, Problems problems, boolean validates, ReadLimits limits) {
      this.problems = problems;
      this.limits = limits;
      this.fields = new Fields(problems);
      this.references = new PolicyReferences(text, fields, validates, limits);
      this.requests = new RequestReader(fields, mentionedKeys);
    }

    List<ParsedRequest> file(JsonValue root) {
      if (!(root instanceof JsonValue.Obj o)) {
        problems.error(ProblemCode.WRONG_TYPE, "Expected a simulation object {\"policies\": ..., \"requests\": [...]}, found "
            + Texts.describe(root), "", root.start());
        return List.of();
      }
      JsonValue.Member requestsMember = null;
      for (JsonValue.Member m : o.members()) {
        switch (m.name()) {
          case "policies" -> policies(m.value(), "/policies");
          case "requests" -> requestsMember = m;
          case "managementAccount" -> managementAccount(m.value(), "/managementAccount");
          default -> fields.unknown(m, "", FILE_MEMBERS, "a simulation file");
        }
      }
      if (requestsMember == null) {
        problems.error(ProblemCode.MISSING_ELEMENT, "Missing requests: a simulation file needs \"requests\": [...]", "",
            o.start(), o.end() - 1);
        return List.of();
      }
      if (!(requestsMember.value() instanceof JsonValue.Arr arr)) {
        fields.wrongType(requestsMember.value(), "/requests", "an array of request objects");
        return List.of();
      }
      if (!Limits.count(arr, "/requests", limits.maxRequests(), "maxRequests", "Too many requests in one simulation file",
          problems)) {
        return List.of();
      }
      List<ParsedRequest> out = new ArrayList<>();
      for (int i = 0; i < arr.elements().size(); i++) {
        RequestReader.Request r = requests.read(arr.elements().get(i), Pointers.child("/requests", i));
        if (r != null) {
          boolean trust = resource != null && RequestReader.isRoleAssumption(r.request());
          out.add(new ParsedRequest(r.id(), r.request(), r.expected(), policySet(trust), r.position()));
        }
      }
      return out;
    }

    /**
     * iamkit's extension of the format: the organization's management account, whose principals SCPs do not
     * restrict and whose resources RCPs do not restrict (S6.5, S6.6). Optional; without it no account is exempt.
     */
    private void managementAccount(JsonValue v, String ptr) {
      String account = fields.string(v, ptr, "managementAccount");
      if (account == null) {
        return;
      }
      managementAccount = AccountId.tryParse(account).orElse(null);
      if (managementAccount == null) {
        problems.error(ProblemCode.WRONG_TYPE, "Expected managementAccount to be a 12-digit account ID, found "
            + IamException.quote(account), ptr, v.start());
      }
    }

    // ---- the policies object ----

    private void policies(JsonValue v, String ptr) {
      if (!(v instanceof JsonValue.Obj o)) {
        fields.wrongType(v, ptr, "an object with identity, permissionsBoundary, session, resource, scp, rcp and vpcEndpoint");
        return;
      }
      for (JsonValue.Member m : o.members()) {
        String mp = Pointers.child(ptr, m.name());
        JsonValue mv = m.value();
        switch (m.name()) {
          case "identity" -> {
            if (mv instanceof JsonValue.Arr a) {
              for (int i = 0; i < a.elements().size(); i++) {
                add(identity, references.policy(a.elements().get(i), Pointers.child(mp, i), "identity[" + i + "]", PolicyKind.IDENTITY));
              }
            } else {
              fields.wrongType(mv, mp, "an array of policies");
            }
          }
          case "permissionsBoundary" -> boundary = mention(references.policy(mv, mp, "permissionsBoundary", PolicyKind.PERMISSIONS_BOUNDARY));
          case "session" -> {
            if (mv instanceof JsonValue.Arr a) {
              for (int i = 0; i < a.elements().size(); i++) {
                add(session, references.policy(a.elements().get(i), Pointers.child(mp, i), "session[" + i + "]", PolicyKind.SESSION));
              }
            } else {
              add(session, references.policy(mv, mp, "session[0]", PolicyKind.SESSION));
            }
          }
          case "resource" -> resource = mention(references.policy(mv, mp, "resource", PolicyKind.RESOURCE));
          case "scp" -> levels(mv, mp, "scp", scp);
          case "rcp" -> levels(mv, mp, "rcp", rcp);
          case "vpcEndpoint" -> vpcEndpoint = mention(references.policy(mv, mp, "vpcEndpoint", PolicyKind.VPC_ENDPOINT));
          default -> fields.unknown(m, ptr, POLICIES_MEMBERS, "policies");
        }
      }
    }

    private void levels(JsonValue v, String ptr, String kind, List<List<NamedPolicy>> out) {
      if (!(v instanceof JsonValue.Arr levels)) {
        fields.wrongType(v, ptr, "an array of levels (root first, account last), each an array of policies");
        return;
      }
      for (int level = 0; level < levels.elements().size(); level++) {
        JsonValue lv = levels.elements().get(level);
        String lp = Pointers.child(ptr, level);
        if (!(lv instanceof JsonValue.Arr policies)) {
          fields.wrongType(lv, lp, "an array of the " + kind.toUpperCase(Locale.ROOT) + "s of level " + level);
          continue;
        }
        List<NamedPolicy> l = new ArrayList<>();
        for (int i = 0; i < policies.elements().size(); i++) {
          add(l, references.policy(policies.elements().get(i), Pointers.child(lp, i), kind + "[" + level + "][" + i + "]",
              kind.equals("scp") ? PolicyKind.SCP : PolicyKind.RCP));
        }
        out.add(l);
      }
    }

    private void add(List<NamedPolicy> list, @Nullable NamedPolicy p) {
      if (mention(p) != null) {
        list.add(p);
      }
    }

    /** Records the condition keys {@code p} mentions; returns {@code p}. */
    private @Nullable NamedPolicy mention(@Nullable NamedPolicy p) {
      if (p != null) {
        for (Statement st : p.policy().statements()) {
          st.condition().ifPresent(c -> c.operators().values()
              .forEach(keys -> keys.keySet().forEach(k -> mentionedKeys.add(k.normalized()))));
        }
      }
      return p;
    }

    private PolicySet policySet(boolean trust) {
      PolicySet built = trust ? withTrustPolicy : withResourcePolicy;
      if (built != null) {
        return built;
      }
      PolicySet.Builder b = PolicySet.builder();
      identity.forEach(b::identity);
      if (boundary != null) {
        b.permissionsBoundary(boundary);
      }
      session.forEach(b::session);
      if (resource != null) {
        if (trust) {
          b.trustPolicy(resource);
        } else {
          b.resourcePolicy(resource);
        }
      }
      scp.forEach(b::scpLevel);
      rcp.forEach(b::rcpLevel);
      if (vpcEndpoint != null) {
        b.vpcEndpointPolicy(vpcEndpoint);
      }
      if (managementAccount != null) {
        b.managementAccount(managementAccount);
      }
      PolicySet set = b.build();
      if (trust) {
        withTrustPolicy = set;
      } else {
        withResourcePolicy = set;
      }
      return set;
    }
  }
}
