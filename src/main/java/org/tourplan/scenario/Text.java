package org.tourplan.scenario;

import java.util.Collection;
import java.util.Locale;

/** Small text helpers for messages: escaping of file text, key suggestions. */
public final class Text {
  private Text() { }

  public static final int MAX_SHOWN = 60;

  /**
   * The characters a blank text is made of: every space or line break of Java ({@link Character#isWhitespace},
   * U+001C..U+001F included) and of JSON Schema's regular expressions ({@code \\s} of ECMA-262: no-break spaces and
   * U+FEFF included), so that a name or currency of only such characters is blank to the loader and to the schema
   * alike (the schema's patterns are generated from this list). Ranges of code points, inclusive.
   */
  public static final int[][] BLANK = {{0x09, 0x0D}, {0x1C, 0x20}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A},
      {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF}};

  /** Whether {@code s} holds nothing but {@link #BLANK} characters (the empty text included). */
  public static boolean blank(String s) {
    return s.codePoints().allMatch(Text::isBlankChar);
  }

  private static boolean isBlankChar(int c) {
    for (int[] r : BLANK) {
      if (c >= r[0] && c <= r[1]) {
        return true;
      }
    }
    return false;
  }

  /** Escapes control, format and line-separator characters (and backslash) so file text is safe to print. */
  public static String escape(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (c == '\\') {
        b.append("\\\\");
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
          || (type == Character.SURROGATE && !validSurrogate(s, i))) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /**
   * Characters of {@code s} as the format counts them: Unicode code points, so that an emoji or a rare CJK
   * character (two UTF-16 units in Java) counts as one, as it does to the person who wrote it.
   */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Shortens to at most {@link #MAX_SHOWN} characters (code points, never a half pair), then escapes. */
  public static String shorten(String s) {
    if (length(s) > MAX_SHOWN) {
      return escape(s.substring(0, s.offsetByCodePoints(0, MAX_SHOWN))) + "...";
    }
    return escape(s);
  }

  /** File text shown in a message: double-quoted, escaped, shortened. */
  public static String quote(String s) {
    return "\"" + shorten(s).replace("\"", "\\\"") + "\"";
  }

  /** A key or id shown in a message: in backticks, escaped, shortened. */
  public static String key(String s) {
    return "`" + shorten(s) + "`";
  }

  /** Levenshtein distance, case-insensitive, on at most 100 characters of each string. */
  public static int distance(String a, String b) {
    a = a.substring(0, Math.min(a.length(), 100)).toLowerCase(Locale.ROOT);
    b = b.substring(0, Math.min(b.length(), 100)).toLowerCase(Locale.ROOT);
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The known word nearest to {@code word}, or null when none is close: only a case difference for words of 1 or
   * 2 characters, at most 1 edit for 3 characters, otherwise at most max(2, length / 3) edits (case differences are free); failing that, a known
   * word that is a prefix of the word or has it as a prefix.
   */
  public static String nearest(String word, Collection<String> known) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(word, k);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    if (best == null) {
      return null;
    }
    int allowed = best.length() <= 2 ? 0 : best.length() <= 3 ? 1 : Math.max(2, best.length() / 3);
    if (bestD <= allowed) {
      return best;
    }
    // a known key with something added or cut off: sdev -> sd, maxVisitors -> maxVisitorsPerGuide
    String w = word.toLowerCase(Locale.ROOT);
    for (String k : known) {
      String kl = k.toLowerCase(Locale.ROOT);
      if (kl.length() >= 2 && w.length() >= 2 && (w.startsWith(kl) || kl.startsWith(w))) {
        return k;
      }
    }
    return null;
  }

  /** Up to 20 words, comma-separated, each escaped. */
  public static String list(Collection<String> words) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (String w : words) {
      if (n == 20) {
        b.append(", ... (").append(words.size() - 20).append(" more)");
        break;
      }
      if (n++ > 0) {
        b.append(", ");
      }
      b.append(shorten(w));
    }
    return b.toString();
  }
}
