package dev.iamkit.json.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parsed JSON value that remembers where it was in the source text: {@link #start()} is the char offset
 * of its first character and {@link #end()} the offset just after its last one. Objects keep their members
 * in document order; a member that repeats an earlier name is left out (the reader reports it). Immutable.
 */
public sealed interface JsonValue {

  /** Offset of the first character. */
  int start();

  /** Offset just after the last character. */
  int end();

  /** An object; {@code members} are in document order, without duplicates. */
  record Obj(int start, int end, List<Member> members) implements JsonValue {
    public Obj {
      members = members instanceof FrozenList<?> ? members : List.copyOf(members);
    }

    /** The member named exactly {@code name}, or null. */
    public @Nullable Member member(String name) {
      for (Member m : members) {
        if (m.name().equals(name)) {
          return m;
        }
      }
      return null;
    }

    /** The value of the member named exactly {@code name}, or null. */
    public @Nullable JsonValue get(String name) {
      Member m = member(name);
      return m == null ? null : m.value();
    }
  }

  /** One member of an object: its name, the offset of the name's opening quote, and its value. */
  record Member(String name, int nameStart, JsonValue value) {}

  /** An array. */
  record Arr(int start, int end, List<JsonValue> elements) implements JsonValue {
    public Arr {
      elements = elements instanceof FrozenList<?> ? elements : List.copyOf(elements);
    }
  }

  /** A string, unescaped. */
  record Str(int start, int end, String value) implements JsonValue {}

  /** A number, with its exact JSON text. */
  record Num(int start, int end, String text) implements JsonValue {}

  /** {@code true} or {@code false}. */
  record Bool(int start, int end, boolean value) implements JsonValue {}

  /** {@code null}. */
  record Null(int start, int end) implements JsonValue {}
}
