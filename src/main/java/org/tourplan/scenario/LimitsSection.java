package org.tourplan.scenario;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.scenario.SourceTree.ListNode;
import org.tourplan.scenario.SourceTree.MapNode;
import org.tourplan.scenario.SourceTree.Node;

/** The {@code limits} section, blackouts included (spec section 1 and 2.3). */
final class LimitsSection extends NodeReader {
  LimitsSection(NodeReader shared) {
    super(shared);
  }

  Limits limits(MapNode root, Zones zones) {
    Node n = opt(root, "limits");
    if (n == null) {
      return Limits.none();
    }
    int before = problems.size();
    MapNode m = map(n, "limits", "a map of limits (floorVisitors, evacuationMinutes, ...)");
    if (m == null) {
      return null;
    }
    checkKeys(m, "limits", Validator.LIMIT_KEYS);
    Double floorVisitors = optNumber(m, "limits", "floorVisitors", null, LimitsSection::limit, "a number from 0 to 1e9");
    Double evacuation = optNumber(m, "limits", "evacuationMinutes", null, LimitsSection::limit,
        "a number of minutes from 0 to 1e9");
    Double maxWait = optNumber(m, "limits", "maxWaitMinutes", null, LimitsSection::limit,
        "a number of minutes from 0 to 1e9");
    Double maxTour = optNumber(m, "limits", "maxTourMinutes", null, LimitsSection::limit,
        "a number of minutes from 0 to 1e9");
    LocalTime close = opt(m, "closeTime") == null ? null : time(opt(m, "closeTime"), "limits.closeTime");
    Double noise = optNumber(m, "limits", "noiseDosePercent", null, LimitsSection::limit,
        "a percentage from 0 to 1e9");
    Double turnedAway = optNumber(m, "limits", "turnedAway", null,
        v -> v >= 0 && v <= Bounds.LIMIT && v == Math.rint(v),
        "a whole number of persons from 0 to 1e9");
    List<Limits.Blackout> blackouts = new ArrayList<>();
    Node bn = opt(m, "blackouts");
    if (bn != null) {
      ListNode bl = list(bn, "limits.blackouts", "a list of { zones, from, to }");
      if (bl != null && bl.items().size() > Bounds.BLACKOUTS) {
        problem(bl.line(), "limits.blackouts", "found " + Bounds.n(bl.items().size()) + " blackouts, expected at "
            + "most " + Bounds.n(Bounds.BLACKOUTS));
      } else if (bl != null) {
        for (int i = 0; i < bl.items().size(); i++) {
          Limits.Blackout b = blackout(bl.items().get(i), Paths.index("limits.blackouts", i), zones);
          if (b != null) {
            blackouts.add(b);
          }
        }
      }
    }
    if (bn != null) {
      closedAllDay(blackouts, bn.line());
    }
    if (problems.size() != before) {
      return null;
    }
    return new Limits(floorVisitors, evacuation, maxWait, maxTour, close, noise, List.copyOf(blackouts),
        turnedAway);
  }

  private static boolean limit(double v) {
    return v >= 0 && v <= Bounds.LIMIT;
  }

  /** A zone whose blackouts leave no minute of the day open could never be entered: the month would not end. */
  private void closedAllDay(List<Limits.Blackout> blackouts, int line) {
    Map<String, boolean[]> closed = new LinkedHashMap<>();
    for (Limits.Blackout b : blackouts) {
      int from = b.from().toSecondOfDay() / 60;
      int to = b.to().toSecondOfDay() / 60;
      for (String zone : b.zones()) {
        boolean[] minutes = closed.computeIfAbsent(zone, z -> new boolean[1440]);
        for (int m = from; m != to; m = (m + 1) % 1440) {
          minutes[m] = true;
        }
      }
    }
    closed.forEach((zone, minutes) -> {
      for (boolean c : minutes) {
        if (!c) {
          return;
        }
      }
      problem(line, "limits.blackouts", "zone " + Text.key(zone) + " is closed all day by its blackouts; "
          + "expected at least one minute a day when groups may enter");
    });
  }

  private Limits.Blackout blackout(Node n, String path, Zones zones) {
    int before = problems.size();
    MapNode m = map(n, path, "a blackout { zones: [...], from: \"HH:MM\", to: \"HH:MM\" }");
    if (m == null) {
      return null;
    }
    checkKeys(m, path, Validator.BLACKOUT_KEYS);
    List<String> ids = new ArrayList<>();
    Node zn = req(m, path, "zones", "a list of zone ids");
    ListNode zl = zn == null ? null : list(zn, Paths.child(path, "zones"), "a list of zone ids");
    if (zl != null) {
      if (zl.items().isEmpty()) {
        wrong(zn, Paths.child(path, "zones"), "at least one zone id");
      }
      for (int i = 0; i < zl.items().size(); i++) {
        String id = zoneRef(zl.items().get(i), Paths.index(Paths.child(path, "zones"), i), zones);
        if (id != null) {
          ids.add(id);
        }
      }
    }
    Node fromNode = req(m, path, "from", TIME_EXPECTED);
    Node toNode = req(m, path, "to", TIME_EXPECTED);
    LocalTime from = fromNode == null ? null : time(fromNode, Paths.child(path, "from"));
    LocalTime to = toNode == null ? null : time(toNode, Paths.child(path, "to"));
    if (from != null && from.equals(to)) {
      problem(toNode.line(), Paths.child(path, "to"), "found " + found(toNode) + ", the same as from; expected a "
          + "different time (entry is refused from `from` to `to`; from > to wraps past midnight)");
    }
    if (problems.size() != before) {
      return null;
    }
    return new Limits.Blackout(List.copyOf(ids), from, to);
  }
}
