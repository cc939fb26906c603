package org.tourplan.scenario;

import java.util.regex.Pattern;

/** Key paths in messages: {@code zones.line-2.capacity}, {@code schedule.days.SAT[1]}, {@code travel[2].minutes}. */
public final class Paths {
  private Paths() { }

  private static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9_\\-]{1,60}");

  /** A key as one path segment: as written when simple, else double-quoted and escaped. */
  public static String key(String key) {
    return SIMPLE.matcher(key).matches() ? key : Text.quote(key);
  }

  public static String child(String parent, String key) {
    return parent.isEmpty() ? key(key) : parent + "." + key(key);
  }

  public static String index(String parent, int i) {
    return parent + "[" + i + "]";
  }
}
