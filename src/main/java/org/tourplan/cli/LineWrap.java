package org.tourplan.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One printed line broken by words to fit a terminal's width, continuation lines indented under the line's value
 * (a hanging indent), so that a wrapped table row or labelled line still reads as one item:
 *
 * <pre>
 *   starts      Mon-Fri 09:00, 12:30, 16:00; Sat, Sun 09:00, 10:30, 12:00, 13:30,
 *               15:00, 16:30
 * </pre>
 *
 * <p>Where a continuation starts is read from the line itself, so that every printer gets it without saying so: after
 * a bullet ({@code "- "}), after the first gap of two or more spaces that ends in the left half of the line (a table's
 * label column: {@code "RECOMMENDED  "}, {@code "  cost        "}, {@code "     152,100  "}), after a short leading
 * label ending in a colon ({@code "Report: "}, {@code "tourplan: "}); otherwise two columns in from the line's own
 * indent. Columns are counted as a terminal shows them: Chinese, Japanese and Korean characters take two, and a line
 * may also break between two of them (they are written without spaces). A word longer than the width (a long path)
 * stands alone on its line rather than being cut, so that it can still be copied.
 */
final class LineWrap {
  /** The longest label a hanging indent follows ("Recommended scenario: " is 22). */
  private static final int LABEL = 24;

  private LineWrap() {
  }

  /** {@code line} (no line break in it) in lines of at most {@code width} columns where words allow. */
  static List<String> wrap(String line, int width) {
    if (columns(line) <= width) {
      return List.of(line);
    }
    int indent = hangingIndent(line, width);
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int lead = leadingSpaces(line);
    current.append(line, 0, lead);
    int used = lead;
    boolean empty = true; // nothing but the indent on the current line yet
    for (Token t : tokens(line.substring(lead))) {
      int w = columns(t.text());
      int gap = empty ? 0 : t.space().length();
      if (!empty && used + gap + w > width && indent + w <= width) { // a word no line can hold stays put
        out.add(current.toString());
        current.setLength(0);
        current.append(" ".repeat(indent));
        used = indent;
        gap = 0;
        empty = true;
      }
      if (gap > 0) {
        current.append(t.space());
      }
      current.append(t.text());
      used += gap + w;
      empty = false;
    }
    out.add(current.toString());
    return out;
  }

  /** The column continuation lines start at (the line's leading spaces are spaces, so they count one each). */
  static int hangingIndent(String line, int width) {
    int lead = leadingSpaces(line);
    int limit = width / 2;
    if (line.startsWith("- ", lead) || line.startsWith("* ", lead)) {
      return lead + 2;
    }
    int gap = line.indexOf("  ", lead);
    if (gap > lead) {
      int end = gap;
      while (end < line.length() && line.charAt(end) == ' ') {
        end++;
      }
      int at = columns(line.substring(0, end));
      if (at <= limit && end < line.length()) {
        return line.startsWith("- ", end) ? at + 2 : at;
      }
    }
    int colon = line.indexOf(": ", lead);
    if (colon > lead && colon - lead < LABEL && line.substring(lead, colon).chars().filter(c -> c == ' ').count() <= 1
        && columns(line.substring(0, colon + 2)) <= limit) {
      return columns(line.substring(0, colon + 2));
    }
    return Math.min(lead + 2, limit);
  }

  /** A word and the spaces before it (kept, so that a table's alignment survives inside a line). */
  private record Token(String space, String text) {
  }

  private static List<Token> tokens(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      int spaceStart = i;
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      String space = s.substring(spaceStart, i);
      if (i == n) {
        break; // trailing spaces are dropped
      }
      int start = i;
      while (i < n && s.charAt(i) != ' ') {
        int c = s.codePointAt(i);
        i += Character.charCount(c);
        if (wide(c)) { // a break is allowed after every wide character
          break;
        }
        if (i < n && wide(s.codePointAt(i))) {
          break;
        }
      }
      tokens.add(new Token(space, s.substring(start, i)));
    }
    return tokens;
  }

  private static int leadingSpaces(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** The columns {@code s} takes on a terminal (wide East Asian characters take two). */
  static int columns(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      n += wide(c) ? 2 : 1;
    }
    return n;
  }

  /** East Asian wide and full-width characters (the ranges of Unicode's East_Asian_Width W and F that matter). */
  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
