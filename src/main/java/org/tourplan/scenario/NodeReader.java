package org.tourplan.scenario;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tourplan.scenario.SourceTree.Entry;
import org.tourplan.scenario.SourceTree.Kind;
import org.tourplan.scenario.SourceTree.ListNode;
import org.tourplan.scenario.SourceTree.MapNode;
import org.tourplan.scenario.SourceTree.Node;
import org.tourplan.scenario.SourceTree.Scalar;

/**
 * Reads values out of a parsed file, each with its key path and line, and records a {@link Problem} for every value
 * that is not what was expected: the shared vocabulary of the validators of each section.
 */
abstract class NodeReader {
  static final List<String> DISTRIBUTIONS = List.of("constant", "triangular", "uniform", "normal", "lognormal",
      "exponential");
  static final String DIST_EXPECTED = "a duration in minutes: a number >= 0, or one of { constant: m }, "
      + "{ triangular: [min, mode, max] }, { uniform: [min, max] }, { normal: { mean, sd } }, "
      + "{ lognormal: { mean, sd } }, { exponential: { mean } }";
  static final String TIME_EXPECTED = "a time of day as quoted text \"HH:MM\" (00:00 to 23:59)";
  static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
  static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  static final String MINUTES_MAX = num(Bounds.MINUTES);
  static final String MINUTES_EXPECTED = "a number of minutes from 0 to " + MINUTES_MAX;

  final String file;
  final List<Problem> problems;
  MapNode root;

  NodeReader(String file) {
    this.file = file;
    this.problems = new ArrayList<>();
  }

  /** A reader for one section that records into the same problem list as {@code shared}. */
  NodeReader(NodeReader shared) {
    this.file = shared.file;
    this.problems = shared.problems;
    this.root = shared.root;
  }

  /** Reads and checks shared by the validators of every section. */
  /** A reference to a zone: its id when known, or a problem with the nearest known id. */
  String zoneRef(Node n, String path, Zones zones) {
    String s = text(n, path, "a zone id (text)");
    if (s == null || zones.ids == null) {
      return s;
    }
    if (!zones.ids.contains(s)) {
      String near = Text.nearest(s, zones.ids);
      problem(n.line(), path, "unknown zone " + Text.key(s)
          + (near == null ? "" : "; did you mean " + Text.key(near) + "?")
          + " (zones: " + Text.list(zones.ids) + ")");
      return null;
    }
    return s;
  }

  // ------------------------------------------------------------------------------------------------ distributions

  Distribution distribution(Node n, String path) {
    if (n instanceof Scalar s && s.kind() == Kind.NUMBER) {
      Double v = number(n, path, NodeReader::minutes, DIST_EXPECTED + "; at most " + MINUTES_MAX + " minutes");
      return v == null ? null : new Distribution.Constant(v);
    }
    if (!(n instanceof MapNode m) || m.entries().isEmpty()) {
      wrong(n, path, DIST_EXPECTED);
      return null;
    }
    if (m.entries().size() > 1) {
      problem(m.line(), path, "found keys " + Text.list(m.entries().keySet()) + ", expected exactly one of "
          + String.join(", ", DISTRIBUTIONS));
      checkKeys(m, path, DISTRIBUTIONS);
      return null;
    }
    Entry e = m.entries().values().iterator().next();
    String p = Paths.child(path, e.key());
    Node v = e.value();
    switch (e.key()) {
      case "constant": {
        Double c = number(v, p, NodeReader::minutes, MINUTES_EXPECTED);
        return c == null ? null : new Distribution.Constant(c);
      }
      case "triangular": {
        double[] a = numbers(v, p, 3, "[min, mode, max]");
        if (a == null) {
          return null;
        }
        if (!(a[0] <= a[1] && a[1] <= a[2])) {
          wrong(v, p, "[min, mode, max] with min <= mode <= max");
          return null;
        }
        return a[0] == a[2] ? new Distribution.Constant(a[0]) : new Distribution.Triangular(a[0], a[1], a[2]);
      }
      case "uniform": {
        double[] a = numbers(v, p, 2, "[min, max]");
        if (a == null) {
          return null;
        }
        if (!(a[0] <= a[1])) {
          wrong(v, p, "[min, max] with min <= max");
          return null;
        }
        return a[0] == a[1] ? new Distribution.Constant(a[0]) : new Distribution.Uniform(a[0], a[1]);
      }
      case "normal":
      case "lognormal": {
        boolean log = e.key().equals("lognormal");
        MapNode pm = map(v, p, "{ mean, sd }");
        if (pm == null) {
          return null;
        }
        int before = problems.size();
        checkKeys(pm, p, List.of("mean", "sd"));
        Node mn = req(pm, p, "mean", log ? "a number > 0" : "a number >= 0");
        Node sn = req(pm, p, "sd", "a number >= 0");
        Double mean = mn == null ? null : log
            ? number(mn, Paths.child(p, "mean"), x -> x > 0 && minutes(x), "a number > 0 and <= " + MINUTES_MAX)
            : number(mn, Paths.child(p, "mean"), NodeReader::minutes, MINUTES_EXPECTED);
        Double sd = sn == null ? null : number(sn, Paths.child(p, "sd"), NodeReader::minutes, MINUTES_EXPECTED);
        if (log && mean != null && sd != null && sd > Bounds.LOGNORMAL_CV * mean) {
          problem(sn.line(), Paths.child(p, "sd"), "found " + found(sn) + " with mean " + found(mn)
              + ", expected an sd of at most " + NodeReader.num(Bounds.LOGNORMAL_CV) + " x mean ("
              + (Bounds.LOGNORMAL_CV * mean) + "): beyond it the lognormal's draws are not minutes any more");
        }
        if (problems.size() != before) {
          return null;
        }
        if (sd == 0) {
          return new Distribution.Constant(mean);
        }
        return log ? new Distribution.LogNormal(mean, sd) : new Distribution.Normal(mean, sd);
      }
      case "exponential": {
        MapNode pm = map(v, p, "{ mean }");
        if (pm == null) {
          return null;
        }
        int before = problems.size();
        checkKeys(pm, p, List.of("mean"));
        Node mn = req(pm, p, "mean", "a number > 0");
        Double mean = mn == null ? null : number(mn, Paths.child(p, "mean"), x -> x > 0 && minutes(x),
            "a number > 0 and <= " + MINUTES_MAX);
        return problems.size() == before ? new Distribution.Exponential(mean) : null;
      }
      default:
        checkKeys(m, path, DISTRIBUTIONS);
        return null;
    }
  }

  double[] numbers(Node n, String path, int count, String shape) {
    ListNode l = list(n, path, "a list " + shape + " of numbers >= 0");
    if (l == null) {
      return null;
    }
    if (l.items().size() != count) {
      wrong(n, path, "a list " + shape + " of " + count + " numbers >= 0");
      return null;
    }
    double[] out = new double[count];
    boolean ok = true;
    for (int i = 0; i < count; i++) {
      Double v = number(l.items().get(i), Paths.index(path, i), NodeReader::minutes, MINUTES_EXPECTED);
      if (v == null) {
        ok = false;
      } else {
        out[i] = v;
      }
    }
    return ok ? out : null;
  }

  // ------------------------------------------------------------------------------------------------ scalars

  LocalTime time(Node n, String path) {
    if (n instanceof Scalar s && s.kind() == Kind.NUMBER) {
      String hint = "quote times";
      BigDecimal v = s.number();
      if (v != null && integral(v) && v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(24 * 60)) < 0) {
        int minutes = v.intValue();
        hint += ": write \"" + String.format("%02d:%02d", minutes / 60, minutes % 60) + "\"";
      }
      problem(n.line(), path, "found the number " + found(n) + ", expected " + TIME_EXPECTED + "; " + hint
          + " (YAML 1.1 reads an unquoted 10:00 as the number 600)");
      return null;
    }
    String text = text(n, path, TIME_EXPECTED);
    if (text == null) {
      return null;
    }
    Matcher m = TIME.matcher(text);
    if (m.matches()) {
      int h = Integer.parseInt(m.group(1));
      int min = Integer.parseInt(m.group(2));
      if (h <= 23 && min <= 59) {
        String canonical = String.format("%02d:%02d", h, min);
        if (m.group(1).length() == 1) {
          wrong(n, path, "\"HH:MM\" with two-digit hours: write \"" + canonical + "\"");
          return null;
        }
        // an unquoted HH:MM (YAML 1.1 would read 10:00 as 600) is accepted: the source text is unambiguous
        return LocalTime.of(h, min);
      }
    }
    wrong(n, path, TIME_EXPECTED);
    return null;
  }

  LocalDate date(Node n, String path) {
    String text = text(n, path, "a date \"YYYY-MM-DD\"");
    return text == null ? null : dateText(text, n.line(), path);
  }

  LocalDate dateText(String text, int line, String path) {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      problem(line, path, "found " + Text.quote(text) + ", expected a date \"YYYY-MM-DD\"");
      return null;
    }
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    if (mo < 1 || mo > 12) {
      problem(line, path, "found " + Text.quote(text) + ", expected a real date \"YYYY-MM-DD\" (month 01 to 12)");
      return null;
    }
    try {
      return LocalDate.of(y, mo, d);
    } catch (DateTimeException e) {
      problem(line, path, "found " + Text.quote(text) + ", expected a real date \"YYYY-MM-DD\" ("
          + String.format("%04d-%02d", y, mo) + " has " + YearMonth.of(y, mo).lengthOfMonth() + " days)");
      return null;
    }
  }

  Long integer(Node n, String path, long min, long max, String expected) {
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s && s.kind() == Kind.NUMBER && s.number() != null) {
      BigDecimal v = s.number();
      if (!integral(v)) {
        problem(n.line(), path, "found " + found(n) + ", expected " + expected + " (a whole number)");
        return null;
      }
      if (v.compareTo(BigDecimal.valueOf(min)) < 0) {
        wrong(n, path, expected);
        return null;
      }
      if (v.compareTo(BigDecimal.valueOf(max)) > 0) {
        wrong(n, path, expected + " and <= " + max);
        return null;
      }
      return v.longValueExact();
    }
    wrong(n, path, expected);
    return null;
  }

  static boolean integral(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  Double number(Node n, String path, DoublePredicate ok, String expected) {
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s && s.kind() == Kind.NUMBER) {
      double v = s.number() == null ? Double.NaN : s.number().doubleValue();
      if (!Double.isFinite(v)) {
        wrong(n, path, expected + " (a finite number)");
        return null;
      }
      if (!ok.test(v)) {
        wrong(n, path, expected);
        return null;
      }
      return v;
    }
    wrong(n, path, expected);
    return null;
  }

  Double optNumber(MapNode m, String parent, String key, Double dflt, DoublePredicate ok, String expected) {
    Node n = opt(m, key);
    return n == null ? dflt : number(n, Paths.child(parent, key), ok, expected);
  }

  Long optInteger(MapNode m, String parent, String key, long dflt, long min, long max, String expected) {
    Node n = opt(m, key);
    return n == null ? Long.valueOf(dflt) : integer(n, Paths.child(parent, key), min, max, expected);
  }

  String text(Node n, String path, String expected) {
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s && s.kind() == Kind.STRING) {
      return s.text();
    }
    if (n instanceof Scalar s && (s.kind() == Kind.NUMBER || s.kind() == Kind.BOOLEAN)) {
      wrong(n, path, expected + "; quote it to make it text");
      return null;
    }
    wrong(n, path, expected);
    return null;
  }

  Boolean bool(Node n, String path) {
    if (n instanceof Scalar s && s.kind() == Kind.BOOLEAN) {
      return "true".equals(s.text());
    }
    wrong(n, path, "true or false");
    return null;
  }

  // ------------------------------------------------------------------------------------------------ structure

  MapNode map(Node n, String path, String expected) {
    if (n == null) {
      return null;
    }
    if (n instanceof MapNode m) {
      return m;
    }
    wrong(n, path, expected);
    return null;
  }

  ListNode list(Node n, String path, String expected) {
    if (n == null) {
      return null;
    }
    if (n instanceof ListNode l) {
      return l;
    }
    wrong(n, path, expected);
    return null;
  }

  /** Line of the value at a key path from the root, or null. */
  Integer lineAt(String... keys) {
    Node n = root;
    for (String k : keys) {
      if (!(n instanceof MapNode m) || opt(m, k) == null) {
        return null;
      }
      n = opt(m, k);
    }
    return n.line();
  }

  static Node opt(MapNode m, String key) {
    Entry e = m.entries().get(key);
    return e == null ? null : e.value();
  }

  Node req(MapNode m, String parent, String key, String expected) {
    if (m == null) {
      return null;
    }
    Entry e = m.entries().get(key);
    if (e == null) {
      problem(m.line(), Paths.child(parent, key), "missing (required): expected " + expected);
      return null;
    }
    return e.value();
  }

  void checkKeys(MapNode m, String path, List<String> known) {
    for (Entry e : m.entries().values()) {
      if (known.contains(e.key())) {
        continue;
      }
      String near = Text.nearest(e.key(), known);
      problem(e.line(), Paths.child(path, e.key()), "unknown key " + Text.key(e.key())
          + (near != null ? "; did you mean " + Text.key(near) + "?" : "; expected one of " + String.join(", ", known)));
    }
  }

  void wrong(Node n, String path, String expected) {
    problem(n.line(), path, "found " + found(n) + ", expected " + expected);
  }

  void problem(Integer line, String path, String message) {
    problems.add(new Problem(file, line != null && line > 0 ? line : null, path.isEmpty() ? null : path,
        message));
  }

  /** How a value is shown in a message; file text is quoted and escaped. */
  static String found(Node n) {
    if (n instanceof MapNode m) {
      return m.entries().isEmpty() ? "an empty map" : "a map";
    }
    if (n instanceof ListNode l) {
      if (l.items().isEmpty()) {
        return "an empty list";
      }
      if (l.items().size() <= 5 && l.items().stream().allMatch(i -> i instanceof Scalar)) {
        StringBuilder b = new StringBuilder("a list [");
        for (Node i : l.items()) {
          b.append(b.charAt(b.length() - 1) == '[' ? "" : ", ").append(found(i));
        }
        return b.append(']').toString();
      }
      return "a list";
    }
    Scalar s = (Scalar) n;
    switch (s.kind()) {
      case STRING:
        return Text.quote(s.text());
      case NUMBER:
        return Text.shorten(s.text());
      case BOOLEAN:
        return s.text();
      case NULL:
        return "an empty value (null)";
      default:
        return "a binary value";
    }
  }

  /** Whether a duration parameter lies within 0 to {@link Bounds#MINUTES}. */
  static boolean minutes(double x) {
    return x >= 0 && x <= Bounds.MINUTES;
  }

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
