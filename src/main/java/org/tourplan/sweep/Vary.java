package org.tourplan.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --vary KEY=VALUES} option: a scenario key and the values it takes, {@code a,b,c} or an integer
 * range {@code a..b} (both ends included).
 *
 * @param key    the key path, as in the scenario file ({@code group.size}, {@code zones.line-1.capacity})
 * @param values the values as written, in order
 */
public record Vary(String key, List<String> values) {
  /** Most values one key may take. */
  public static final int MAX_VALUES = 200;
  /** Keys that can be varied; {@code <id>} is a zone id of the file. */
  public static final List<String> KEYS = List.of("group.size", "group.overbook", "group.noShowRate",
      "group.maxSize", "shuttles.vehicles", "shuttles.seats", "guides.count", "guides.maxVisitorsPerGuide",
      "zones.<id>.capacity", "zones.<id>.maxGroups", "zones.<id>.headway", "limits.floorVisitors",
      "limits.evacuationMinutes", "limits.maxWaitMinutes", "limits.maxTourMinutes", "limits.closeTime",
      "limits.noiseDosePercent", "limits.turnedAway", "target.visitorsPerMonth", "target.confidence");
  private static final Pattern RANGE = Pattern.compile("(-?\\d+)\\s*\\.\\.\\s*(-?\\d+)");
  private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");

  /**
   * Parses {@code KEY=VALUES}.
   *
   * @throws IllegalArgumentException with a message for people
   */
  public static Vary parse(String option) {
    int eq = option.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("--vary " + option + ": expected KEY=VALUES, for example "
          + "group.size=16,20,24 or shuttles.vehicles=3..6");
    }
    String key = unquoteZone(option.substring(0, eq).strip());
    String text = option.substring(eq + 1).strip();
    if (!known(key)) {
      throw new IllegalArgumentException("--vary: unknown key '" + key + "'; keys that can be varied: "
          + String.join(", ", KEYS));
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("--vary " + key + "=: no values; write a,b,c or a..b");
    }
    List<String> values = new ArrayList<>();
    Matcher r = RANGE.matcher(text);
    if (r.matches()) {
      long a = Long.parseLong(r.group(1));
      long b = Long.parseLong(r.group(2));
      if (b < a) {
        throw new IllegalArgumentException("--vary " + key + "=" + text + ": the range ends below its start; "
            + "write " + b + ".." + a);
      }
      if (b - a + 1 > MAX_VALUES) {
        throw new IllegalArgumentException("--vary " + key + "=" + text + ": " + (b - a + 1)
            + " values; at most " + MAX_VALUES);
      }
      for (long v = a; v <= b; v++) {
        values.add(Long.toString(v));
      }
    } else if (text.contains("..")) {
      throw new IllegalArgumentException("--vary " + key + "=" + text + ": a range is two whole numbers, "
          + "like 3..6");
    } else {
      for (String v : text.split(",", -1)) {
        String s = v.strip();
        boolean time = key.equals("limits.closeTime");
        if (s.isEmpty() || !(time ? TIME.matcher(s).matches() : NUMBER.matcher(s).matches())) {
          throw new IllegalArgumentException("--vary " + key + "=" + text + ": '" + s + "' is not "
              + (time ? "a time of day HH:MM" : "a number"));
        }
        if (values.contains(s)) {
          throw new IllegalArgumentException("--vary " + key + "=" + text + ": '" + s + "' is listed twice");
        }
        values.add(s);
      }
      if (values.size() > MAX_VALUES) {
        throw new IllegalArgumentException("--vary " + key + ": " + values.size() + " values; at most "
            + MAX_VALUES);
      }
    }
    return new Vary(key, List.copyOf(values));
  }

  /**
   * {@code zones."hall.b".capacity}, the form of a key path in the loader's messages, as
   * {@code zones.hall.b.capacity}: the same key whichever way it is written (and so the same sweep folder).
   */
  private static String unquoteZone(String key) {
    int last = key.lastIndexOf('.');
    if (!key.startsWith("zones.\"") || last < "zones.\"\"".length() || key.charAt(last - 1) != '"') {
      return key;
    }
    return "zones." + key.substring("zones.\"".length(), last - 1).replace("\\\"", "\"") + key.substring(last);
  }

  private static boolean known(String key) {
    if (KEYS.contains(key)) {
      return true;
    }
    int last = key.lastIndexOf('.');
    return key.startsWith("zones.") && last > "zones.".length()
        && List.of("capacity", "maxGroups", "headway").contains(key.substring(last + 1));
  }

  /**
   * The key's path segments. A zone id may itself hold dots ({@code zones.hall.b.capacity} is zone
   * {@code hall.b}): the zone's setting names have none, so the id is everything between {@code zones.} and the
   * last dot.
   */
  List<String> path() {
    if (key.startsWith("zones.")) {
      int last = key.lastIndexOf('.');
      return List.of("zones", key.substring("zones.".length(), last), key.substring(last + 1));
    }
    return List.of(key.split("\\.", -1));
  }
}
