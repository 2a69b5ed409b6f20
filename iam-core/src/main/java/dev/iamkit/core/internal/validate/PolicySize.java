package dev.iamkit.core.internal.validate;

import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Statement;
import java.util.Map;

/**
 * The size of a policy as AWS counts it (S10.2): characters of the document, with or without white space.
 * For a {@link Policy} the document is its compact canonical JSON form ({@code {"Version":"2012-10-17",...}}
 * with no white space between tokens, strings escaped as JSON requires: {@code \"}, {@code \\}, {@code \n},
 * {@code \u0001}), measured by walking the model without building the text.
 */
public final class PolicySize {
  private final boolean countWhitespace;
  private long size;

  private PolicySize(boolean countWhitespace) {
    this.countWhitespace = countWhitespace;
  }

  /**
   * The number of characters (code points) of {@code policy}'s compact JSON form; without
   * {@code countWhitespace}, the spaces inside strings are not counted (the compact form has no other
   * white space, since TAB, CR and LF inside strings are written as escapes).
   */
  public static long of(Policy policy, boolean countWhitespace) {
    PolicySize s = new PolicySize(countWhitespace);
    s.policy(policy);
    return s.size;
  }

  /** The number of characters (code points) of {@code text}, without SPACE, TAB, CR and LF unless counted. */
  public static long of(String text, boolean countWhitespace) {
    long n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (countWhitespace || !isWhitespace(cp)) {
        n++;
      }
    }
    return n;
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private void policy(Policy p) {
    size++; // {
    boolean first = true;
    if (p.version().isPresent()) {
      member("Version", first);
      string(p.version().get().text());
      first = false;
    }
    if (p.id().isPresent()) {
      member("Id", first);
      string(p.id().get());
      first = false;
    }
    member("Statement", first);
    if (p.statementArray()) {
      size++; // [
      for (int i = 0; i < p.statements().size(); i++) {
        if (i > 0) {
          size++;
        }
        statement(p.statements().get(i));
      }
      size++; // ]
    } else {
      statement(p.statements().get(0));
    }
    size++; // }
  }

  private void statement(Statement s) {
    size++;
    boolean first = true;
    if (s.sid().isPresent()) {
      member("Sid", true);
      string(s.sid().get());
      first = false;
    }
    member("Effect", first);
    string(s.effect().text());
    if (s.principal().isPresent()) {
      member("Principal", false);
      principal(s.principal().get());
    }
    if (s.notPrincipal().isPresent()) {
      member("NotPrincipal", false);
      principal(s.notPrincipal().get());
    }
    if (s.action().isPresent()) {
      member("Action", false);
      strings(s.action().get().map(Action::text));
    }
    if (s.notAction().isPresent()) {
      member("NotAction", false);
      strings(s.notAction().get().map(Action::text));
    }
    if (s.resource().isPresent()) {
      member("Resource", false);
      strings(s.resource().get().map(Resource::text));
    }
    if (s.notResource().isPresent()) {
      member("NotResource", false);
      strings(s.notResource().get().map(Resource::text));
    }
    if (s.condition().isPresent()) {
      member("Condition", false);
      condition(s.condition().get());
    }
    size++;
  }

  private void principal(PrincipalElement p) {
    if (p.isWildcard()) {
      string("*");
      return;
    }
    size++;
    boolean first = true;
    for (Map.Entry<PrincipalType, OneOrMany<String>> e : p.entries().entrySet()) {
      member(e.getKey().key(), first);
      strings(e.getValue());
      first = false;
    }
    size++;
  }

  private void condition(Condition c) {
    size++;
    boolean firstOp = true;
    for (Map.Entry<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> op : c.operators().entrySet()) {
      member(op.getKey().text(), firstOp);
      firstOp = false;
      size++;
      boolean firstKey = true;
      for (Map.Entry<ConditionKey, OneOrMany<ConditionValue>> k : op.getValue().entrySet()) {
        member(k.getKey().text(), firstKey);
        firstKey = false;
        OneOrMany<ConditionValue> values = k.getValue();
        if (values.array()) {
          size += 2 + Math.max(0, values.size() - 1);
        }
        for (ConditionValue v : values) {
          if (v.type() == ConditionValue.Type.STRING) {
            string(v.text());
          } else {
            size += v.text().length();
          }
        }
      }
      size++;
    }
    size++;
  }

  /** {@code ,"name":} or {@code "name":} for the first member. */
  private void member(String name, boolean first) {
    if (!first) {
      size++;
    }
    string(name);
    size++;
  }

  private void strings(OneOrMany<String> values) {
    if (values.array()) {
      size += 2 + Math.max(0, values.size() - 1);
    }
    for (String v : values) {
      string(v);
    }
  }

  private void string(String s) {
    size += 2;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') {
        size += 2;
      } else if (c < 0x20) {
        size += 6;
      } else if (c != ' ' || countWhitespace) {
        size++;
      }
    }
  }
}
