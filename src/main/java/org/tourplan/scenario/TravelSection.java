package org.tourplan.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tourplan.scenario.SourceTree.ListNode;
import org.tourplan.scenario.SourceTree.MapNode;
import org.tourplan.scenario.SourceTree.Node;

/**
 * The {@code travel} section: legs, the all-pairs table of shortest paths, and the pairs that must be reachable
 * (spec 2.4).
 */
final class TravelSection extends NodeReader {
  TravelSection(NodeReader shared) {
    super(shared);
  }

  record Leg(String from, String to, double minutes, boolean oneWay, int index) { }

  record Travel(List<Leg> legs, Integer line) { }

  Travel travel(MapNode root, Zones zones) {
    Node n = opt(root, "travel");
    if (n == null) {
      return new Travel(List.of(), null);
    }
    ListNode l = list(n, "travel", "a list of { from, to, minutes, oneWay }");
    if (l == null) {
      return null;
    }
    if (l.items().size() > Bounds.LEGS) {
      problem(l.line(), "travel", "found " + Bounds.n(l.items().size()) + " legs, expected at most "
          + Bounds.n(Bounds.LEGS));
      return null;
    }
    int before = problems.size();
    List<Leg> legs = new ArrayList<>();
    Map<String, Leg> byPair = new HashMap<>();
    for (int i = 0; i < l.items().size(); i++) {
      String path = Paths.index("travel", i);
      MapNode m = map(l.items().get(i), path, "a leg { from, to, minutes, oneWay }");
      if (m == null) {
        continue;
      }
      int legBefore = problems.size();
      checkKeys(m, path, Validator.TRAVEL_KEYS);
      Node fromNode = req(m, path, "from", "a zone id");
      Node toNode = req(m, path, "to", "a zone id");
      Node minNode = req(m, path, "minutes", "a number of minutes >= 0");
      String from = fromNode == null ? null : zoneRef(fromNode, Paths.child(path, "from"), zones);
      String to = toNode == null ? null : zoneRef(toNode, Paths.child(path, "to"), zones);
      Double minutes = minNode == null ? null
          : number(minNode, Paths.child(path, "minutes"), NodeReader::minutes, MINUTES_EXPECTED);
      Boolean oneWay = opt(m, "oneWay") == null ? Boolean.FALSE
          : bool(opt(m, "oneWay"), Paths.child(path, "oneWay"));
      if (problems.size() != legBefore) {
        continue;
      }
      if (from.equals(to)) {
        if (minutes != 0) {
          problem(minNode.line(), Paths.child(path, "minutes"), "found " + found(minNode) + " from "
              + Text.key(from) + " to itself, expected 0: a zone to itself is always 0 minutes (remove this leg)");
        }
        continue;
      }
      Leg leg = new Leg(from, to, minutes, oneWay, i);
      List<String[]> pairs = new ArrayList<>();
      pairs.add(new String[] {from, to});
      if (!oneWay) {
        pairs.add(new String[] {to, from});
      }
      for (String[] pair : pairs) {
        String k = pair[0] + "\u0000" + pair[1];
        Leg first = byPair.get(k);
        if (first == null) {
          byPair.put(k, leg);
        } else if (first.minutes != minutes) {
          problem(minNode.line(), Paths.child(path, "minutes"), "found " + found(minNode) + " for "
              + Text.key(pair[0]) + " -> " + Text.key(pair[1]) + ", but travel[" + first.index + "] already gives "
              + num(first.minutes) + " minutes; expected the same minutes for a pair listed twice");
          break;
        }
      }
      legs.add(leg);
    }
    return problems.size() == before ? new Travel(legs, l.line()) : null;
  }

  /** All-pairs shortest paths over the listed legs (Floyd-Warshall); unreachable = +Infinity. */
  static TravelTable travelTable(Set<String> ids, List<Leg> legs) {
    List<String> places = List.copyOf(ids);
    int n = places.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(places.get(i), i);
    }
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      Arrays.fill(d[i], Double.POSITIVE_INFINITY);
      d[i][i] = 0;
    }
    for (Leg leg : legs) {
      int a = index.get(leg.from);
      int b = index.get(leg.to);
      d[a][b] = Math.min(d[a][b], leg.minutes);
      if (!leg.oneWay) {
        d[b][a] = Math.min(d[b][a], leg.minutes);
      }
    }
    for (int k = 0; k < n; k++) {
      double[] dk = d[k];
      for (int i = 0; i < n; i++) {
        double dik = d[i][k];
        if (dik == Double.POSITIVE_INFINITY) {
          continue;
        }
        double[] di = d[i];
        for (int j = 0; j < n; j++) {
          double via = dik + dk[j];
          if (via < di[j]) {
            di[j] = via;
          }
        }
      }
    }
    List<TravelTable.Leg> listed = new ArrayList<>();
    for (Leg leg : legs) {
      listed.add(new TravelTable.Leg(leg.from, leg.to, leg.minutes, leg.oneWay));
    }
    return new TravelTable(places, d, List.copyOf(listed));
  }

  void checkReachable(TravelTable t, List<String> route, String returnTo, Shuttles shuttles,
                              Integer travelLine) {
    Set<String> reported = new LinkedHashSet<>();
    for (int i = 0; i + 1 < route.size(); i++) {
      needPath(t, route.get(i), route.get(i + 1), "route leg route[" + i + "] -> route[" + (i + 1) + "]",
          reported, travelLine);
    }
    needPath(t, route.get(route.size() - 1), returnTo, "the last ride, last route zone -> returnTo", reported,
        travelLine);
    if (shuttles.mode() != Shuttles.Mode.DEDICATED) {
      String who = shuttles.mode() == Shuttles.Mode.POOLED ? "pooled" : "planned";
      Set<String> stands = new LinkedHashSet<>(route);
      stands.add(returnTo);
      stands.add(shuttles.depot());
      Set<String> targets = new LinkedHashSet<>(route);
      for (String from : stands) {
        for (String to : targets) {
          needPath(t, from, to, who + " vehicles standing at " + Text.key(from) + " may be sent to "
              + Text.key(to), reported, travelLine);
        }
      }
    }
  }

  private void needPath(TravelTable t, String from, String to, String why, Set<String> reported, Integer line) {
    if (t.minutes(from, to) < Double.POSITIVE_INFINITY || !reported.add(from + "\u0000" + to)) {
      return;
    }
    if (reported.size() > 50) {
      return;
    }
    problem(line, "travel", "no travel path from " + Text.key(from) + " to " + Text.key(to) + " (needed: " + why
        + "); expected legs that connect them");
  }
}
