package org.tourplan.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A folder name made from a scenario's name: lowercase ASCII letters, digits and single hyphens, no leading or
 * trailing hyphen, at most {@link #MAX} characters, never empty ({@value #FALLBACK}) and so never {@code .} or
 * {@code ..}, never a path: the name can only ever choose a folder directly inside the output folder. When the
 * name has letters or digits outside ASCII (北京工厂参观), which the slug cannot keep, or is cut to fit, eight hex
 * digits of the name's SHA-256 are appended, so that two such names (say, two long names sharing their first 60
 * characters) do not share one folder.
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
    boolean dropped = false;
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
        dropped |= Character.isLetterOrDigit(c);
      }
    }
    // a cut name or letters the slug cannot keep: the name's hash keeps two such names in folders of their own
    boolean cut = b.length() > MAX;
    String suffix = dropped || cut ? "-" + hash(name) : "";
    int max = MAX - suffix.length();
    String slug = b.length() > max ? b.substring(0, max) : b.toString();
    while (slug.endsWith("-")) {
      slug = slug.substring(0, slug.length() - 1);
    }
    return (slug.isEmpty() ? FALLBACK : slug.toLowerCase(Locale.ROOT)) + suffix;
  }

  private static String hash(String name) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
