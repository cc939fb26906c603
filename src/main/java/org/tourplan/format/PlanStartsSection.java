package org.tourplan.format;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.format.SourceTree.ListNode;
import org.tourplan.format.SourceTree.MapNode;
import org.tourplan.format.SourceTree.Node;
import org.tourplan.scenario.Paths;
import org.tourplan.scenario.PlanSpace;

/**
 * Reads the keys of the plan section that say how start times are chosen ({@code starts}, {@code forbiddenStarts},
 * {@code fixedStarts}; a tourplan extension, see docs/scenario-format.md, "Designed start times"), and checks them
 * against the slot grid and the counts to try.
 */
final class PlanStartsSection {
  static final List<String> WINDOW_KEYS = List.of("from", "to");
  private static final String STARTS = "designed or even";

  private final NodeReader r;

  PlanStartsSection(NodeReader reader) {
    this.r = reader;
  }

  /**
   * The design of a plan section (null when it has problems, recorded in the reader); the grid and classes come
   * from the section's other keys, read without problems.
   */
  PlanSpace.Design read(MapNode plan, LocalTime earliest, LocalTime latest, int slot,
                        List<PlanSpace.DayClass> classes) {
    if (plan == null) {
      return PlanSpace.Design.DEFAULT;
    }
    int before = r.problems.size();
    boolean even = false;
    Node sn = NodeReader.opt(plan, "starts");
    if (sn != null) {
      String s = r.text(sn, "plan.starts", STARTS);
      if ("even".equals(s)) {
        even = true;
      } else if (s != null && !"designed".equals(s)) {
        r.wrong(sn, "plan.starts", STARTS);
      }
    }
    List<PlanSpace.Window> forbidden = windows(NodeReader.opt(plan, "forbiddenStarts"));
    Map<String, List<LocalTime>> fixed = fixed(NodeReader.opt(plan, "fixedStarts"), classes);
    if (r.problems.size() != before) {
      return null;
    }
    if (even && (!forbidden.isEmpty() || !fixed.isEmpty())) {
      r.problem(sn.line(), "plan.starts", "found even, but plan." + (forbidden.isEmpty() ? "fixedStarts"
          : "forbiddenStarts") + " is given: expected designed (evenly spread starts cannot keep or avoid a time)");
      return null;
    }
    PlanSpace.Design d = new PlanSpace.Design(even, List.copyOf(forbidden), Map.copyOf(fixed));
    checkFixed(plan, d, earliest, latest, slot, classes);
    return r.problems.size() != before ? null : d;
  }

  private List<PlanSpace.Window> windows(Node n) {
    List<PlanSpace.Window> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    ListNode l = r.list(n, "plan.forbiddenStarts", "a list of windows { from: \"HH:MM\", to: \"HH:MM\" }");
    if (l == null) {
      return out;
    }
    for (int i = 0; i < l.items().size(); i++) {
      String path = Paths.index("plan.forbiddenStarts", i);
      MapNode m = r.map(l.items().get(i), path, "a window { from: \"HH:MM\", to: \"HH:MM\" }");
      if (m == null) {
        continue;
      }
      r.checkKeys(m, path, WINDOW_KEYS);
      Node fn = r.req(m, path, "from", "a time \"HH:MM\"");
      Node tn = r.req(m, path, "to", "a time \"HH:MM\"");
      LocalTime from = fn == null ? null : r.time(fn, path + ".from");
      LocalTime to = tn == null ? null : r.time(tn, path + ".to");
      if (from != null && to != null) {
        if (!to.isAfter(from)) {
          r.problem(tn.line(), path + ".to", "found " + to + ", expected a time after from (" + from + ")");
        } else {
          out.add(new PlanSpace.Window(from, to));
        }
      }
    }
    return out;
  }

  /** A list (every class) or a map from class name to a list. */
  private Map<String, List<LocalTime>> fixed(Node n, List<PlanSpace.DayClass> classes) {
    Map<String, List<LocalTime>> out = new LinkedHashMap<>();
    if (n == null) {
      return out;
    }
    List<String> names = classes.stream().map(PlanSpace.DayClass::name).toList();
    if (n instanceof ListNode l) {
      out.put(PlanSpace.Design.ALL, times(l, "plan.fixedStarts"));
    } else if (n instanceof MapNode m) {
      r.checkKeys(m, "plan.fixedStarts", names);
      for (String name : names) {
        Node v = NodeReader.opt(m, name);
        if (v != null) {
          ListNode l = r.list(v, "plan.fixedStarts." + name, "a list of times \"HH:MM\"");
          if (l != null) {
            out.put(name, times(l, "plan.fixedStarts." + name));
          }
        }
      }
    } else {
      r.wrong(n, "plan.fixedStarts", "a list of times \"HH:MM\" kept on every day with tours, or a map from "
          + String.join(", ", names) + " to such a list");
    }
    return out;
  }

  private List<LocalTime> times(ListNode l, String path) {
    List<LocalTime> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      Node item = l.items().get(i);
      LocalTime t = r.time(item, Paths.index(path, i));
      if (t != null && out.contains(t)) {
        r.problem(item.line(), Paths.index(path, i), "found " + t + " twice, expected each fixed start once");
      } else if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Fixed starts lie on the slot grid between earliestStart and latestStart, outside every forbidden window, and
   * every count to try of a class is 0 or holds them all.
   */
  private void checkFixed(MapNode plan, PlanSpace.Design d, LocalTime earliest, LocalTime latest, int slot,
                          List<PlanSpace.DayClass> classes) {
    Node fn = NodeReader.opt(plan, "fixedStarts");
    for (Map.Entry<String, List<LocalTime>> e : d.fixed().entrySet()) {
      String path = "plan.fixedStarts" + (e.getKey().equals(PlanSpace.Design.ALL) ? "" : "." + e.getKey());
      for (LocalTime t : e.getValue()) {
        int minutes = (t.toSecondOfDay() - earliest.toSecondOfDay()) / 60;
        if (t.isBefore(earliest) || t.isAfter(latest) || minutes % slot != 0) {
          r.problem(fn.line(), path, "found " + t + ", expected a start on the slot grid (every " + slot
              + " min from plan.earliestStart " + earliest + " to plan.latestStart " + latest + ")");
        } else if (d.forbids(t)) {
          r.problem(fn.line(), path, "found " + t + ", which lies in a window of plan.forbiddenStarts");
        }
      }
    }
    for (PlanSpace.DayClass c : classes) {
      int kept = d.fixedFor(c.name()).size();
      for (int count : c.counts()) {
        if (count > 0 && count < kept) {
          Node an = NodeReader.opt(plan, axisKey(c));
          r.problem(an != null ? an.line() : fn.line(), "plan." + axisKey(c), "found " + count + " tours a "
              + c.words() + ", but plan.fixedStarts keeps " + kept + " starts on every " + c.words()
              + " with tours: expected 0 or at least " + kept);
          break;
        }
      }
    }
  }

  private static String axisKey(PlanSpace.DayClass c) {
    return switch (c.name()) {
      case "weekday" -> "weekdayTours";
      case "weekend" -> "weekendTours";
      default -> "dayTours." + c.name();
    };
  }
}
