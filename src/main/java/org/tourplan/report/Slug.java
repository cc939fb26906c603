package org.tourplan.report;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A folder name made from a scenario's name: lowercase ASCII letters, digits and single hyphens, no leading or
 * trailing hyphen, at most {@link #MAX} characters, never empty ({@value #FALLBACK}) and so never {@code .} or
 * {@code ..}, never a path: the name can only ever choose a folder directly inside the output folder.
 */
public final class Slug {
  /** Longest slug. */
  public static final int MAX = 60;
  /** The slug of a name with no usable letters or digits. */
  public static final String FALLBACK = "scenario";

  private Slug() {
  }

  /** The slug of {@code name} (null counts as empty). */
  public static String of(String name) {
    String s = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && b.length() > 0) {
          b.append('-');
        }
        hyphen = false;
        b.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        hyphen = true; // accents (split off by NFKD) vanish; anything else separates words
      }
    }
    String slug = b.length() > MAX ? b.substring(0, MAX) : b.toString();
    while (slug.endsWith("-")) {
      slug = slug.substring(0, slug.length() - 1);
    }
    return slug.isEmpty() ? FALLBACK : slug.toLowerCase(Locale.ROOT);
  }
}
