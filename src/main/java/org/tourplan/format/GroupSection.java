package org.tourplan.format;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.tourplan.format.SourceTree.Entry;
import org.tourplan.format.SourceTree.MapNode;
import org.tourplan.format.SourceTree.Node;
import org.tourplan.format.SourceTree.Scalar;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.Group;
import org.tourplan.scenario.Paths;
import org.tourplan.scenario.Text;

/**
 * The {@code group} section: size, party sizes (one size, or weights by size), no-show rate, overbooking and the
 * largest group admitted (contract 1 and 2.2).
 */
final class GroupSection extends NodeReader {
  private static final Pattern PARTY_KEY = Pattern.compile("[1-9][0-9]{0,8}");

  /**
   * The group as far as the servability checks need it, even when a key that does not matter to them is wrong
   * (null when size, party sizes or overbook are unusable).
   */
  Group forChecks;

  GroupSection(NodeReader shared) {
    super(shared);
  }

  /** The group, or null when any of its keys is wrong ({@link #forChecks} then holds what could be read). */
  Group group(MapNode root) {
    int before = problems.size();
    MapNode g = map(req(root, "", "group", "a map with size (and partySize, noShowRate, overbook, maxSize)"),
        "group", "a map with size (and partySize, noShowRate, overbook, maxSize)");
    if (g == null) {
      return null;
    }
    checkKeys(g, "group", Validator.GROUP_KEYS);
    Long size = integer(req(g, "group", "size", "an integer >= 1"), "group.size", 1, Bounds.GROUP_SIZE,
        "an integer >= 1");
    SortedMap<Integer, Double> parties = partySize(opt(g, "partySize"), "group.partySize");
    Double noShow = optNumber(g, "group", "noShowRate", 0.0, v -> v >= 0 && v <= 1, "a number from 0 to 1");
    Long overbook = optInteger(g, "group", "overbook", 0, 0, Bounds.OVERBOOK, "an integer >= 0");
    Long maxSize = opt(g, "maxSize") == null ? null
        : integer(opt(g, "maxSize"), "group.maxSize", 1, Bounds.MAX_SIZE, "an integer >= 1");
    if (size == null || parties == null || overbook == null || maxSize == null && opt(g, "maxSize") != null) {
      return null;
    }
    int resolvedMax = maxSize != null ? maxSize.intValue()
        : (int) Math.min(Integer.MAX_VALUE, size * (long) parties.lastKey());
    // the no-show rate does not change the largest group that can be admitted
    forChecks = new Group(size.intValue(), Collections.unmodifiableSortedMap(parties),
        noShow == null ? 0.0 : noShow, overbook.intValue(), resolvedMax);
    return problems.size() != before ? null : forChecks;
  }

  private SortedMap<Integer, Double> partySize(Node n, String path) {
    String expected = "an integer >= 1 (persons per place), or weights by party size such as "
        + "{ 1: 0.05, 2: 0.35, 3: 0.60 }";
    TreeMap<Integer, Double> out = new TreeMap<>();
    if (n == null) {
      out.put(1, 1.0);
      return out;
    }
    if (n instanceof Scalar) {
      Long v = integer(n, path, 1, Bounds.PARTY_SIZE, expected);
      if (v == null) {
        return null;
      }
      out.put(v.intValue(), 1.0);
      return out;
    }
    if (!(n instanceof MapNode m)) {
      wrong(n, path, expected);
      return null;
    }
    if (m.entries().isEmpty()) {
      wrong(n, path, expected);
      return null;
    }
    boolean ok = true;
    boolean anyPositive = false;
    for (Entry e : m.entries().values()) {
      String p = Paths.child(path, e.key());
      Integer partySize = null;
      if (PARTY_KEY.matcher(e.key()).matches() && Integer.parseInt(e.key()) <= Bounds.PARTY_SIZE) {
        partySize = Integer.valueOf(e.key());
      } else {
        problem(e.line(), p, "party size " + Text.quote(e.key())
            + " is not a whole number from 1 to " + Bounds.PARTY_SIZE + "; expected keys that are party sizes "
            + "(1, 2, 3, ...)");
        ok = false;
      }
      Double w = number(e.value(), p, v -> v >= 0 && v <= Bounds.PARTY_WEIGHT, "a weight from 0 to 1e9");
      if (w == null) {
        ok = false;
        continue;
      }
      if (partySize != null && w > 0) {
        anyPositive = true;
        out.put(partySize, w);
      }
    }
    if (ok && !anyPositive) {
      problem(n.line(), path, "every weight is 0; expected at least one party size with a weight > 0");
      return null;
    }
    return ok ? out : null;
  }
}
