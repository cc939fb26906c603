package org.tourplan.report;

/**
 * The one escaping helper of the report page: every string that comes from a scenario (its name, zone ids,
 * explanations built from them) goes through {@link #esc} before it reaches HTML, in text and in attributes alike.
 */
public final class Html {
  private Html() {
  }

  /**
   * Text made safe for HTML element content and quoted attribute values: {@code & < > " '} become entities and
   * control characters (other than tab and line breaks) become U+FFFD, so nothing in the text can open a tag,
   * close an attribute or start an entity.
   */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
            b.append('\uFFFD');
          } else {
            b.appendCodePoint(c);
          }
        }
      }
    });
    return b.toString();
  }
}
