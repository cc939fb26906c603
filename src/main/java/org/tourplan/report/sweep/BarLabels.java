package org.tourplan.report.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.tourplan.sweep.Sweep;

/**
 * The row labels of a sweep or comparison (its bar charts, its terminal table), short enough that nothing cuts
 * them further, and never two alike: a chart whose bars read "Beijing EV factory tour, July 2025, ..." twice tells
 * nothing.
 */
public final class BarLabels {
  /** The longest label the chart shows whole (about two fifths of its width in the tick font). */
  static final int MAX = 44;

  private BarLabels() {
  }

  /**
   * One label per row: the full label when all fit; else each cut to {@link #MAX} if the cut ones still differ;
   * else, for a comparison, the file names, and for a sweep, the varied values alone (the keys are named by
   * {@link #axis}); numbered if even those collide.
   */
  static List<String> of(Sweep.Result s, List<Sweep.Row> rows) {
    return of(s, rows, MAX);
  }

  /** As {@link #of(Sweep.Result, List)}, with labels of at most {@code max} characters. */
  public static List<String> of(Sweep.Result s, List<Sweep.Row> rows, int max) {
    List<String> full = rows.stream().map(r -> r.variant().label()).toList();
    if (full.stream().allMatch(l -> l.length() <= max) && distinct(full)) {
      return full;
    }
    List<String> cut = full.stream().map(l -> cut(l, max)).toList();
    if (distinct(cut)) {
      return cut;
    }
    List<String> other = new ArrayList<>();
    for (Sweep.Row r : rows) {
      Map<String, String> set = r.variant().settings();
      String l = s.kind() == Sweep.Kind.COMPARE && set.containsKey("file")
          ? String.valueOf(Path.of(set.get("file")).getFileName())
          : String.join(", ", s.keys().stream().map(k -> set.getOrDefault(k, "?")).toList());
      other.add(cut(l, max));
    }
    if (distinct(other)) {
      return other;
    }
    List<String> numbered = new ArrayList<>();
    for (int i = 0; i < other.size(); i++) {
      numbered.add(cut((i + 1) + ". " + other.get(i), max));
    }
    return numbered;
  }

  /** The category axis's label: the varied keys when the labels are their values alone, else none. */
  static String axis(Sweep.Result s, List<String> labels, List<Sweep.Row> rows) {
    boolean valuesOnly = s.kind() == Sweep.Kind.SWEEP && !rows.isEmpty()
        && !labels.get(0).equals(rows.get(0).variant().label()) && !labels.get(0).endsWith("\u2026");
    return valuesOnly ? String.join(", ", s.keys()) : null;
  }

  static String cut(String l, int max) {
    return l.length() <= max ? l : l.substring(0, max - 1).stripTrailing() + "\u2026";
  }

  private static boolean distinct(List<String> l) {
    return new HashSet<>(l).size() == l.size();
  }
}
