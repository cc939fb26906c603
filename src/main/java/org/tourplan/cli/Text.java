package org.tourplan.cli;

import java.util.Locale;

/** Untrusted text made safe for a terminal (numbers are formatted by {@link org.tourplan.text.Numbers}). */
final class Text {
  private Text() {
  }

  /**
   * Untrusted text (a scenario name, a path) made safe for a terminal: no escape sequences, no line breaks, and no
   * invisible formatting characters (a right-to-left override would make the rest of the line read backwards).
   * Control characters become {@code ?}; formatting characters and line or paragraph separators are shown as
   * {@code <U+202E>}, so that what was hidden can be seen.
   */
  static String safe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (Character.isISOControl(c) && c != '\t') {
        b.append('?');
      } else if (type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        b.append(String.format(Locale.ROOT, "<U+%04X>", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }
}
