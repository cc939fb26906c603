package org.tourplan.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Zone;

/**
 * The samples the zone records hold (docs/fit.md, "Dwell" and "Rides and boarding"): each zone's dwell (left -
 * entered), and from each pair of consecutive visits of a tour along a route leg the ride's gap (next entered -
 * left) minus the travel table's minutes for the leg: the excess.
 *
 * <p>What the excess is (contract 2.3-2.4): waiting for the vehicles at the pickup, then one boarding draw, then the
 * ride, then queueing to enter the next zone. The records hold entries and exits only, so the parts are separated
 * where the rules allow it, and otherwise the ride is left out of the boarding sample:
 * <ul>
 *   <li><b>Queueing to enter.</b> A group that is held at a zone enters the moment what held it ends: another group
 *       leaving (capacity, maxGroups), the headway after the last entry passing (or the group ahead entering), or a
 *       blackout ending. An entry that falls within one record resolution of such a moment may have been held and is
 *       left out; any other entry happened on arrival, so its gap holds no queueing.</li>
 *   <li><b>Waiting for vehicles.</b> In dedicated mode a group keeps its vehicles after its first pickup (they wait
 *       with it), so later rides wait for none. The first ride waits only if other tours hold vehicles; it is used
 *       only when no other tour was between its first pickup and its end (its last recorded exit + the travel to
 *       {@code returnTo} + the longest excess of any clean ride). In pooled and planned modes vehicles are shared
 *       and the records cannot tell waiting from boarding: the excess is fitted and shown as boarding plus waiting
 *       (an upper bound of boarding), and {@code shuttles.boardMinutes} is not replaced.</li>
 *   <li><b>Travel.</b> The records cannot tell a longer ride from a longer boarding: the travel table is taken as
 *       right. An excess below minus one resolution is a ride shorter than the table says; it is counted per leg
 *       and left out (the table may overstate that leg). An excess within one resolution below 0 is rounding and
 *       counts as 0.</li>
 * </ul>
 *
 * @param dwell        per zone (scenario order), the dwell minutes recorded
 * @param excess       the clean rides' excess minutes: the boarding sample (in pooled and planned modes boarding
 *                     plus waiting for vehicles)
 * @param legs         per route leg, what its rides showed
 * @param offRoute     pairs of consecutive visits that are not a leg of the route (not used)
 * @param boardingOnly whether the excess is boarding alone (dedicated mode): only then is boardMinutes replaced
 */
public record Rides(List<double[]> dwell, double[] excess, List<Leg> legs, int offRoute, boolean boardingOnly) {

  /**
   * One route leg's rides.
   *
   * @param from      pickup zone
   * @param to        next zone
   * @param travel    the travel table's minutes
   * @param rides     rides recorded
   * @param used      rides in the boarding sample
   * @param queued    left out: the next zone's entry may have been held
   * @param vehicles  left out: the first ride of a tour while another tour held vehicles (dedicated mode)
   * @param shorter   left out: shorter than the travel table (excess below minus one resolution)
   * @param minExcess the smallest excess of the leg's rides (NaN when none)
   */
  public record Leg(String from, String to, double travel, int rides, int used, int queued, int vehicles,
                    int shorter, double minExcess) { }

  /** Reads the samples of {@code v} for scenario {@code s}. */
  public static Rides of(Scenario s, Tours tours, Visits v) {
    List<String> ids = new ArrayList<>(s.zones().keySet());
    int nz = ids.size();
    double res = v.resolutionMinutes();
    int tol = v.seconds() ? 1 : 60;
    // per zone: every absolute entry and exit second, sorted, to find entries that coincide with a release
    long[][] entries = new long[nz][];
    long[][] exits = new long[nz][];
    int[] count = new int[nz];
    for (int k = 0; k < v.rows(); k++) {
      count[v.zone(v.row(k))]++;
    }
    for (int z = 0; z < nz; z++) {
      entries[z] = new long[count[z]];
      exits[z] = new long[count[z]];
    }
    List<double[]> dwell = new ArrayList<>();
    int[] fill = new int[nz];
    double[][] d = new double[nz][];
    for (int z = 0; z < nz; z++) {
      d[z] = new double[count[z]];
    }
    for (int k = 0; k < v.rows(); k++) {
      int i = v.row(k);
      int z = v.zone(i);
      long base = (long) tours.epochDay(v.tour(i)) * 86_400L;
      entries[z][fill[z]] = base + v.entered(i);
      exits[z][fill[z]] = base + v.left(i);
      d[z][fill[z]++] = (v.left(i) - v.entered(i)) / 60.0;
    }
    for (int z = 0; z < nz; z++) {
      Arrays.sort(entries[z]);
      Arrays.sort(exits[z]);
      dwell.add(d[z]);
    }
    return new Builder(s, ids, tours, v, res, tol, entries, exits).build(dwell);
  }

  /** The ride pass: gaps, their classification and the boarding sample. */
  private static final class Builder {
    final Scenario s;
    final List<String> ids;
    final Tours tours;
    final Visits v;
    final double res;
    final int tol;
    final long[][] entries;
    final long[][] exits;
    final boolean dedicated;
    final int[] route;
    final int[][] legRides;
    final double[] minExcess;

    Builder(Scenario s, List<String> ids, Tours tours, Visits v, double res, int tol, long[][] entries,
            long[][] exits) {
      this.s = s;
      this.ids = ids;
      this.tours = tours;
      this.v = v;
      this.res = res;
      this.tol = tol;
      this.entries = entries;
      this.exits = exits;
      this.dedicated = s.shuttles().mode() == Shuttles.Mode.DEDICATED;
      this.route = s.route().stream().mapToInt(ids::indexOf).toArray();
      this.legRides = new int[Math.max(0, route.length - 1)][5]; // rides, used, queued, vehicles, shorter
      this.minExcess = new double[legRides.length];
      Arrays.fill(minExcess, Double.NaN);
    }

    Rides build(List<double[]> dwell) {
      int rows = v.rows();
      List<double[]> firstRides = new ArrayList<>(); // {excess, tour, first-left absolute second, leg}
      double[] clean = new double[rows];
      int used = 0;
      int offRoute = 0;
      // the span each tour holds vehicles (dedicated mode), known after the pass: first exit, last exit + travel home
      long[] firstLeft = new long[tours.count()];
      long[] lastLeft = new long[tours.count()];
      double[] home = new double[tours.count()];
      Arrays.fill(firstLeft, Long.MIN_VALUE);
      for (int k = 0; k < rows; k++) {
        int i = v.row(k);
        int t = v.tour(i);
        long base = (long) tours.epochDay(t) * 86_400L;
        if (firstLeft[t] == Long.MIN_VALUE) {
          firstLeft[t] = base + v.left(i);
        }
        lastLeft[t] = base + v.left(i);
        home[t] = s.travel().minutes(ids.get(v.zone(i)), s.returnTo());
        if (k + 1 >= rows || v.tour(v.row(k + 1)) != t) {
          continue;
        }
        int j = v.row(k + 1);
        int leg = leg(v.zone(i), v.zone(j));
        if (leg < 0) {
          offRoute++;
          continue;
        }
        int[] stats = legRides[leg];
        stats[0]++;
        double travel = s.travel().minutes(ids.get(v.zone(i)), ids.get(v.zone(j)));
        double excess = (v.entered(j) - v.left(i)) / 60.0 - travel;
        minExcess[leg] = Double.isNaN(minExcess[leg]) ? excess : Math.min(minExcess[leg], excess);
        if (excess < -res * (1 + 1e-9)) {
          stats[4]++;
          continue;
        }
        excess = Math.max(0, excess);
        if (mayHaveQueued(v.zone(j), base + v.entered(j), base + v.left(j))) {
          stats[2]++;
          continue;
        }
        if (dedicated && leg == 0 && firstVisit(k)) {
          firstRides.add(new double[] {excess, t, base + v.left(i), leg});
          continue;
        }
        stats[1]++;
        clean[used++] = excess;
      }
      if (dedicated) {
        double longest = 0;
        for (int q = 0; q < used; q++) {
          longest = Math.max(longest, clean[q]);
        }
        if (used == 0) {
          longest = 60; // no clean later ride to bound boarding: an hour, generously
        }
        java.util.Map<Integer, List<Integer>> byDay = new java.util.HashMap<>();
        for (int t = 0; t < tours.count(); t++) {
          byDay.computeIfAbsent(tours.epochDay(t), x -> new ArrayList<>()).add(t);
        }
        for (double[] f : firstRides) {
          int t = (int) f[1];
          int leg = (int) f[3];
          if (othersHoldVehicles(t, (long) f[2], firstLeft, lastLeft, home, longest, byDay)) {
            legRides[leg][3]++;
          } else {
            legRides[leg][1]++;
            clean[used++] = f[0];
          }
        }
      }
      List<Leg> legs = new ArrayList<>();
      for (int l = 0; l < legRides.length; l++) {
        int[] st = legRides[l];
        legs.add(new Leg(ids.get(route[l]), ids.get(route[l + 1]),
            s.travel().minutes(ids.get(route[l]), ids.get(route[l + 1])), st[0], st[1], st[2], st[3], st[4],
            minExcess[l]));
      }
      return new Rides(List.copyOf(dwell), Arrays.copyOf(clean, used), List.copyOf(legs), offRoute, dedicated);
    }

    /** Whether row k is its tour's first visit (in entry order). */
    private boolean firstVisit(int k) {
      return k == 0 || v.tour(v.row(k - 1)) != v.tour(v.row(k));
    }

    /** The route leg from zone a to zone b (the first such leg), or -1. */
    private int leg(int a, int b) {
      for (int l = 0; l + 1 < route.length; l++) {
        if (route[l] == a && route[l + 1] == b) {
          return l;
        }
      }
      return -1;
    }

    /**
     * Whether the entry at {@code at} into zone z falls within one resolution of a moment that releases a held group:
     * another group's exit, another entry (+ headway), or the end of a blackout of the zone.
     */
    private boolean mayHaveQueued(int z, long at, long ownExit) {
      Zone zone = s.zones().get(ids.get(z));
      if (near(exits[z], at, ownExit)) {
        return true;
      }
      long headway = Math.round(zone.headway() * 60);
      if (near(entries[z], at - headway, at)) {
        return true;
      }
      int second = (int) Math.floorMod(at, 86_400L);
      for (Limits.Blackout b : s.limits().blackouts()) {
        if (b.zones().contains(ids.get(z))) {
          int end = b.to().toSecondOfDay();
          int gap = Math.abs(second - end);
          if (Math.min(gap, 86_400 - gap) <= tol) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether some value of sorted {@code a} other than one equal to {@code self} lies within tol of {@code x}. */
    private boolean near(long[] a, long x, long self) {
      int p = Arrays.binarySearch(a, x - tol);
      int from = p >= 0 ? p : -p - 1;
      while (from > 0 && a[from - 1] >= x - tol) {
        from--;
      }
      boolean skipped = false;
      for (int q = from; q < a.length && a[q] <= x + tol; q++) {
        if (a[q] == self && !skipped) {
          skipped = true; // the group's own entry or exit
          continue;
        }
        return true;
      }
      return false;
    }

    /** Whether another tour of the same dates held vehicles at {@code at}, tour t's first pickup (dedicated mode). */
    private boolean othersHoldVehicles(int t, long at, long[] firstLeft, long[] lastLeft, double[] home,
                                       double longest, java.util.Map<Integer, List<Integer>> byDay) {
      int day = tours.epochDay(t);
      for (int dd = day - 1; dd <= day; dd++) { // a tour of the day before may run past midnight
        for (int o : byDay.getOrDefault(dd, List.of())) {
          if (o == t || firstLeft[o] == Long.MIN_VALUE) {
            continue;
          }
          double end = lastLeft[o] + (home[o] + longest) * 60 + tol;
          if (firstLeft[o] <= at && at <= end) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
