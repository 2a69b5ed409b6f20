package dev.iamkit.json.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Navigation in {@link JsonValue} trees by offset and by JSON pointer. */
public final class Trees {
  private Trees() {}

  /**
   * The JSON pointer (relative to {@code root}) of the innermost value or member name that contains
   * {@code offset}; the empty string when only {@code root} contains it.
   */
  public static String pointerAt(JsonValue root, int offset) {
    StringBuilder pointer = new StringBuilder();
    JsonValue node = root;
    while (true) {
      JsonValue next = null;
      if (node instanceof JsonValue.Obj o) {
        for (JsonValue.Member m : o.members()) {
          if (offset >= m.nameStart() && offset < m.value().end()) {
            pointer.append(Pointers.child("", m.name()));
            next = m.value();
            break;
          }
        }
      } else if (node instanceof JsonValue.Arr a) {
        List<JsonValue> els = a.elements();
        for (int i = 0; i < els.size(); i++) {
          if (offset >= els.get(i).start() && offset < els.get(i).end()) {
            pointer.append('/').append(i);
            next = els.get(i);
            break;
          }
        }
      }
      if (next == null) {
        return pointer.toString();
      }
      node = next;
    }
  }

  /**
   * The value at {@code pointer} below {@code root}, or the nearest ancestor that exists. Array indexes are
   * translated through {@code remaps} (model array pointer to the source index of each model element) where
   * the reader dropped elements.
   *
   * @throws IllegalArgumentException if {@code pointer} is not a JSON pointer
   */
  public static JsonValue resolve(JsonValue root, String pointer, Map<String, int[]> remaps) {
    JsonValue node = root;
    String modelPrefix = "";
    for (String token : Pointers.split(pointer)) {
      JsonValue next = null;
      if (node instanceof JsonValue.Obj o) {
        next = o.get(token);
        if (next == null && token.equals("0")) {
          // a single object read as a one-element list (Statement): /Statement/0 is the object itself
          next = o;
        }
        modelPrefix = Pointers.child(modelPrefix, token);
      } else if (node instanceof JsonValue.Arr a) {
        int index = parseIndex(token);
        int[] remap = remaps.get(modelPrefix);
        if (remap != null) {
          index = index >= 0 && index < remap.length ? remap[index] : -1;
        }
        if (index >= 0 && index < a.elements().size()) {
          next = a.elements().get(index);
        }
        modelPrefix = Pointers.child(modelPrefix, token);
      }
      if (next == null) {
        return node;
      }
      node = next;
    }
    return node;
  }

  private static int parseIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }

  /** The member value of {@code v} named {@code name}, when {@code v} is an object. */
  public static @Nullable JsonValue get(@Nullable JsonValue v, String name) {
    return v instanceof JsonValue.Obj o ? o.get(name) : null;
  }
}
