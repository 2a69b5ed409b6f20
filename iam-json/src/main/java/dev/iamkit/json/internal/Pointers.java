package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901): building and splitting, with {@code ~0} and {@code ~1} escapes. */
public final class Pointers {
  private Pointers() {}

  /** {@code parent/name}, with {@code ~} and {@code /} in {@code name} escaped. */
  public static String child(String parent, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return parent + "/" + name;
    }
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** {@code parent/index}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /**
   * The unescaped reference tokens of {@code pointer}; the empty list for {@code ""}.
   *
   * @throws IllegalArgumentException if a non-empty pointer does not start with {@code /} or has a bad escape
   */
  public static List<String> split(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("A JSON pointer is empty or starts with '/', found "
          + IamException.quote(pointer));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= pointer.length(); i++) {
      if (i == pointer.length() || pointer.charAt(i) == '/') {
        out.add(sb.toString());
        sb.setLength(0);
        continue;
      }
      char c = pointer.charAt(i);
      if (c == '~') {
        char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : ' ';
        if (next == '0') {
          sb.append('~');
        } else if (next == '1') {
          sb.append('/');
        } else {
          throw new IllegalArgumentException("Invalid escape in JSON pointer " + IamException.quote(pointer)
              + ": '~' must be followed by 0 or 1");
        }
        i++;
      } else {
        sb.append(c);
      }
    }
    return out;
  }
}
