package org.tourplan.testing;

import java.util.Random;
import java.util.Set;

/**
 * Zone ids of every kind the format allows (any text of at most 64 characters): plain words, dots (which key paths
 * and {@code --vary} must tell from separators), Chinese, right-to-left scripts, exactly 64 characters, text YAML
 * would read as something else unquoted (yes, null, 10:00, 0x1F, the merge key), line and paragraph separators,
 * control characters, emoji and combining marks, quotes and backslashes, spaces at either end, the empty id.
 */
final class ZoneIds {
  private ZoneIds() {
  }

  private static final String[] WORDS = {"showroom", "line-1", "line-2", "paint_shop", "Final-assembly", "gate",
      "Press"};
  private static final String[] DOTTED = {"hall.b", "a.b.c", "line.2", ".lead", "trail.", "x..y"};
  private static final String[] CJK = {"总装车间", "冲压线", "展厅", "涂装·车间", "焊装.二号线", "试车跑道"};
  private static final String[] RTL = {"מפעל", "مصنع", "קו-2", "خط ٣", "hall-עברית", "صالة.العرض"};
  private static final String[] YAMLISH = {"yes", "no", "null", "~", "true", "123", "0x1F", "1e3", "10:00",
      "2025-07-01", "-", "- a", "a: b", "#hash", "&anchor", "*alias", "!tag", "[list]", "{map}", "'single'",
      "\"double\"", "back\\slash", "<<", "?", "%percent", "@at", "`tick`", ",comma", "|pipe", ">fold", "=", ""};
  private static final String[] BREAKERS = {"nel\u0085here", "ls\u2028here", "ps\u2029here", "new\nline",
      "cr\rhere", "tab\there", " lead", "trail ", "bom\uFEFFinside"};
  private static final String[] SYMBOLS = {"\uD83C\uDFED factory", "e\u0301cole", "zw\u200Dj", "\uD83D\uDE8C-stop",
      "\u00A0nbsp", "\u0001ctl", "esc\u001B[31m", "del\u007F", "c1\u0090"};

  /** A new id, distinct from every id in {@code used}, at most 64 characters; the result is added to it. */
  static String next(Random r, Set<String> used) {
    String id;
    int attempt = 0;
    do {
      id = one(r);
      if (attempt++ > 3) {
        int cut = Math.min(id.length(), 50);
        if (cut > 0 && Character.isHighSurrogate(id.charAt(cut - 1))) {
          cut--;
        }
        id = id.substring(0, cut) + "#" + used.size() + "-" + attempt;
      }
    } while (!used.add(id));
    return id;
  }

  private static String one(Random r) {
    int k = r.nextInt(100);
    if (k < 40) {
      return pick(r, WORDS) + (r.nextBoolean() ? "" : "-" + r.nextInt(100));
    }
    if (k < 50) {
      return pick(r, DOTTED);
    }
    if (k < 60) {
      return pick(r, CJK) + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(10)));
    }
    if (k < 68) {
      return pick(r, RTL);
    }
    if (k < 73) {
      return sixtyFour(r);
    }
    if (k < 85) {
      return pick(r, YAMLISH);
    }
    if (k < 92) {
      return pick(r, BREAKERS);
    }
    return pick(r, SYMBOLS);
  }

  /** Exactly 64 characters (UTF-16 units, as the loader counts), never ending in half a surrogate pair. */
  private static String sixtyFour(Random r) {
    String[] parts = {"line", "总装", "מפעל", ".", "-", "\uD83C\uDFED", "x"};
    StringBuilder b = new StringBuilder();
    while (b.length() < 64) {
      b.append(pick(r, parts));
    }
    b.setLength(64);
    if (Character.isHighSurrogate(b.charAt(63))) {
      b.setCharAt(63, 'z');
    }
    return b.toString();
  }

  static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
