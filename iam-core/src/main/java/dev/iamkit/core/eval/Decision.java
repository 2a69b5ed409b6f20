package dev.iamkit.core.eval;

/** The outcome of evaluating a request (S0.3, S6.2). */
public enum Decision {
  /** Some path allows and nothing denies. */
  ALLOW,
  /** An applicable Deny statement exists in a participating policy. */
  EXPLICIT_DENY,
  /** Nothing denies explicitly, but no path allows (the default). */
  IMPLICIT_DENY;

  /** {@code allow}, {@code explicit_deny} or {@code implicit_deny}, as in simulation files. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The decision whose {@link #id()} is {@code id}; throws {@link IllegalArgumentException} for others. */
  public static Decision fromId(String id) {
    for (Decision d : values()) {
      if (d.id().equals(id)) {
        return d;
      }
    }
    throw new IllegalArgumentException("Unknown decision \"" + id + "\": expected allow, explicit_deny or implicit_deny");
  }
}
