package dev.iamkit.core.internal.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * The shape rules of IAM and STS parameters (S7.2, S8.1, S10.1, S10.4), each one method returning what
 * is wrong or empty. One owner: the directory and the token service both ask here. No regex: plain
 * character tests.
 */
public final class Shapes {
  private Shapes() {}

  /** {@code [\w+=,.@-]} with ASCII {@code \w}. */
  public static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c == '+' || c == '=' || c == ',' || c == '.' || c == '@' || c == '-';
  }

  /** A name of {@code min}-{@code max} characters of {@code [\w+=,.@-]} (S10.1); {@code what} names it. */
  public static Optional<String> name(String what, String value, int min, int max) {
    if (value.length() < min || value.length() > max) {
      return Optional.of(what + " must have " + min + "-" + max + " characters, found " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (!isNameChar(value.charAt(i))) {
        return Optional.of(what + " \"" + value + "\" has the character '" + value.charAt(i)
            + "' at index " + i + ": only letters, digits and _+=,.@- are allowed");
      }
    }
    return Optional.empty();
  }

  /** A user, group or role path: {@code /} or {@code /...\/} of U+0021-U+007E, at most 512 characters (S10.1). */
  public static Optional<String> path(String value) {
    if (value.isEmpty() || value.length() > 512 || value.charAt(0) != '/' || value.charAt(value.length() - 1) != '/') {
      return Optional.of("Path \"" + value + "\" must begin and end with / and have at most 512 characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return Optional.of("Path \"" + value + "\" has a character outside U+0021-U+007E at index " + i);
      }
    }
    return Optional.empty();
  }

  /** A managed policy path: {@code ((/[A-Za-z0-9.,+@=_-]+)*)/} (S10.1). */
  public static Optional<String> policyPath(String value) {
    Optional<String> basic = path(value);
    if (basic.isPresent()) {
      return basic;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' ? value.charAt(i - 1) == '/' : !isNameChar(c)) {
        return Optional.of("Policy path \"" + value + "\" must be /, or segments of letters, digits and _+=,.@- between /");
      }
    }
    return Optional.empty();
  }

  /** A password: 1-128 characters of TAB, LF, CR, U+0020-U+00FF (S7.2). The message never shows it. */
  public static Optional<String> password(String value) {
    return latin1Text("Password", value, 128);
  }

  /** 1-{@code max} characters of TAB, LF, CR, U+0020-U+00FF, the text shape of IAM and STS (S8.1, S10.1). */
  private static Optional<String> latin1Text(String what, String value, int max) {
    if (value.isEmpty() || value.length() > max) {
      return Optional.of(what + " must have 1-" + max + " characters, found " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xff))) {
        return Optional.of(what + " has a character outside TAB, LF, CR and U+0020-U+00FF at index " + i);
      }
    }
    return Optional.empty();
  }

  private static boolean isTagChar(int cp) {
    if (Character.isLetter(cp) || Character.isDigit(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    if (type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER) {
      return true;
    }
    return cp == '_' || cp == '.' || cp == ':' || cp == '/' || cp == '=' || cp == '+' || cp == '-' || cp == '@';
  }

  private static Optional<String> tagText(String what, String value, int min, int max) {
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      return Optional.of(what + " must have " + min + "-" + max + " characters, found " + length);
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (!isTagChar(cp)) {
        return Optional.of(what + " \"" + value + "\" has a character outside letters, digits, spaces and _.:/=+-@ at index " + i);
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }

  /** A tag key: 1-128 characters of {@code [\p{L}\p{Z}\p{N}_.:/=+\-@]} (S10.4). The {@code aws:} prefix is checked apart. */
  public static Optional<String> tagKey(String key) {
    return tagText("Tag key", key, 1, 128);
  }

  /** A tag value: 0-256 characters of {@code [\p{L}\p{Z}\p{N}_.:/=+\-@]} (S10.4). */
  public static Optional<String> tagValue(String value) {
    return tagText("Tag value", value, 0, 256);
  }

  /** Whether a tag key uses the reserved {@code aws:} prefix (ignoring case). */
  public static boolean isReservedTagKey(String key) {
    return key.length() >= 4 && key.substring(0, 4).toLowerCase(Locale.ROOT).equals("aws:");
  }

  /** An external ID: 2-1224 characters of {@code [\w+=,.@:/-]} (S8.1). */
  public static Optional<String> externalId(String value) {
    if (value.length() < 2 || value.length() > 1224) {
      return Optional.of("ExternalId must have 2-1224 characters, found " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isNameChar(c) && c != ':' && c != '/') {
        return Optional.of("ExternalId has the character '" + c + "' at index " + i
            + ": only letters, digits and _+=,.@:/- are allowed");
      }
    }
    return Optional.empty();
  }

  /** An MFA serial number: 9-256 characters of {@code [\w+=/:,.@-]} (S7.3). */
  public static Optional<String> serialNumber(String value) {
    if (value.length() < 9 || value.length() > 256) {
      return Optional.of("SerialNumber must have 9-256 characters, found " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isNameChar(c) && c != ':' && c != '/') {
        return Optional.of("SerialNumber has the character '" + c + "' at index " + i);
      }
    }
    return Optional.empty();
  }

  /** A token code: exactly six ASCII digits (S7.3, S8.1). The message never repeats the code. */
  public static Optional<String> tokenCode(String what, String value) {
    if (value.length() != 6) {
      return Optional.of(what + " must be exactly 6 digits, found " + value.length() + " characters");
    }
    for (int i = 0; i < 6; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of(what + " must be exactly 6 digits, found a non-digit at index " + i);
      }
    }
    return Optional.empty();
  }

  /** A source identity: 2-64 characters of {@code [\w+=,.@-]}, not beginning with {@code aws:} (S8.7). */
  public static Optional<String> sourceIdentity(String value) {
    Optional<String> shape = name("SourceIdentity", value, 2, 64);
    if (shape.isPresent()) {
      return shape;
    }
    if (isReservedTagKey(value)) {
      return Optional.of("SourceIdentity must not begin with the reserved prefix aws:");
    }
    return Optional.empty();
  }

  /** A session policy text: 1-2048 characters of TAB, LF, CR, U+0020-U+00FF (S8.1). */
  public static Optional<String> sessionPolicyText(String value) {
    return latin1Text("Policy", value, 2048);
  }
}
