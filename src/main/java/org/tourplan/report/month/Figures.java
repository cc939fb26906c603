package org.tourplan.report.month;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Zone;
import org.tourplan.tour.TourTimeline;
import org.tourplan.tour.TourTimeline.Ride;
import org.tourplan.tour.TourTimeline.Visit;

/**
 * Figures the report derives from traced months (plain {@link TourTimeline} data only): days, floor occupancy,
 * waits and utilisation. Times are minutes from 00:00 on the 1st of the month unless said otherwise.
 */
public final class Figures {
  /** Minutes in a day. */
  static final double DAY = 1440;

  private Figures() {
  }

  /** Tours that ran (somebody came). */
  static List<TourTimeline> ran(List<TourTimeline> tours) {
    return tours.stream().filter(t -> !t.cancelled()).toList();
  }

  /** Minute 0 of a date of the month. */
  static double dayStart(LocalDate d) {
    return (d.getDayOfMonth() - 1) * DAY;
  }

  /** Visitors per date (every date of the month, 0 when no tour ran). */
  static Map<LocalDate, Integer> visitorsPerDay(YearMonth month, List<TourTimeline> tours) {
    Map<LocalDate, Integer> out = new TreeMap<>();
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      out.put(month.atDay(d), 0);
    }
    for (TourTimeline t : tours) {
      out.merge(t.date(), t.persons(), Integer::sum);
    }
    return out;
  }

  /** The date with the most tours that ran (ties: the earliest), or null when none ran. */
  static LocalDate busiestDay(List<TourTimeline> tours) {
    Map<LocalDate, Integer> n = new TreeMap<>();
    ran(tours).forEach(t -> n.merge(t.date(), 1, Integer::sum));
    LocalDate best = null;
    for (Map.Entry<LocalDate, Integer> e : n.entrySet()) {
      if (best == null || e.getValue() > n.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** One step function: (time, level from that time on). */
  public record Steps(double[] time, double[] level, double peak) { }

  /**
   * Persons on the production floor at one floor zone (null: the whole floor) over the tours of one date (minutes
   * of that day): a group is on the floor at zone Z from its arrival there until its ride from Z departs (contract
   * 2.6, {@link TourTimeline#floorStays}).
   */
  static Steps floor(List<TourTimeline> tours, LocalDate date, String zone) {
    TreeMap<Double, Double> change = new TreeMap<>();
    double origin = dayStart(date);
    for (TourTimeline t : ran(tours)) {
      if (!t.date().equals(date)) {
        continue;
      }
      for (TourTimeline.FloorStay s : t.floorStays(zone)) {
        change.merge(s.from() - origin, (double) t.persons(), Double::sum);
        change.merge(s.to() - origin, (double) -t.persons(), Double::sum);
      }
    }
    double[] time = new double[change.size()];
    double[] level = new double[change.size()];
    double now = 0;
    double peak = 0;
    int k = 0;
    for (Map.Entry<Double, Double> e : change.entrySet()) { // all changes of an instant before judging it
      now += e.getValue();
      time[k] = e.getKey();
      level[k++] = Math.max(0, Math.round(now * 1e6) / 1e6);
      peak = Math.max(peak, now);
    }
    return new Steps(time, level, peak);
  }

  /** The date with the highest whole-floor peak (ties: the earliest), or null when nobody was on the floor. */
  static LocalDate worstFloorDay(List<TourTimeline> tours) {
    LocalDate best = null;
    double bestPeak = 0;
    for (LocalDate d : ran(tours).stream().map(TourTimeline::date).distinct().sorted().toList()) {
      double p = floor(tours, d, null).peak();
      if (p > bestPeak) {
        bestPeak = p;
        best = d;
      }
    }
    return best;
  }

  /**
   * Individual waits of one kind in a month, with their percentiles.
   *
   * @param label   "Entering line-1", "Shuttle pickups", "Guides at check-in"
   * @param minutes every wait
   * @param floor   true when these waits are (or include) waits on the production floor, which
   *                {@code limits.maxWaitMinutes} bounds: entering a floor zone, and the pickups (floor zones' among them)
   */
  public record Waits(String label, double[] minutes, boolean floor) {
    /** Number of waits. */
    public int n() {
      return minutes.length;
    }

    /** The p-th percentile (0..100), linear between order statistics; NaN when there is no wait. */
    public double percentile(double p) {
      if (minutes.length == 0) {
        return Double.NaN;
      }
      double[] s = minutes.clone();
      Arrays.sort(s);
      double h = (s.length - 1) * p / 100.0;
      int lo = (int) Math.floor(h);
      int hi = Math.min(s.length - 1, lo + 1);
      return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /** Longest wait. */
    public double max() {
      return percentile(100);
    }
  }

  /** Waits of a month: entering each zone (route order), at shuttle pickups, for guides at check-in. */
  static List<Waits> waits(Scenario sc, List<TourTimeline> tours) {
    Map<String, List<Double>> byKind = new LinkedHashMap<>();
    for (String z : sc.route()) {
      byKind.putIfAbsent("Entering " + z, new ArrayList<>());
    }
    byKind.put("Shuttle pickups", new ArrayList<>());
    byKind.put("Guides at check-in", new ArrayList<>());
    for (TourTimeline t : ran(tours)) {
      for (Visit v : t.visits()) {
        if (!Double.isNaN(v.enter())) {
          byKind.get("Entering " + v.zone()).add(v.enter() - v.arrive());
        }
      }
      for (Ride r : t.rides()) {
        if (!Double.isNaN(r.ready())) {
          byKind.get("Shuttle pickups").add(r.ready() - r.requested());
        }
      }
      if (!Double.isNaN(t.guidesAt())) {
        byKind.get("Guides at check-in").add(t.guidesAt() - t.scheduledStart());
      }
    }
    java.util.Set<String> floor = new java.util.HashSet<>();
    for (String z : sc.route()) {
      if (sc.zones().get(z).floor()) {
        floor.add("Entering " + z);
        floor.add("Shuttle pickups");
      }
    }
    List<Waits> out = new ArrayList<>();
    byKind.forEach((k, v) -> out.add(new Waits(k, v.stream().mapToDouble(Double::doubleValue)
        .map(x -> Math.max(0, x)).toArray(), floor.contains(k))));
    return out;
  }

  /**
   * A resource's utilisation over a month.
   *
   * @param label   what it is ("Guides (4)")
   * @param share   busy share of the operating minutes (0..1)
   * @param phrase  how a sentence names it ("the 4 guides")
   */
  public record Use(String label, double share, String phrase) { }

  /** Operating minutes: over the dates with tours that ran, the last tour's end minus the first scheduled start. */
  static double operatingMinutes(List<TourTimeline> tours) {
    Map<LocalDate, double[]> span = new TreeMap<>();
    for (TourTimeline t : ran(tours)) {
      span.merge(t.date(), new double[] {t.scheduledStart(), t.end()},
          (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    return span.values().stream().mapToDouble(s -> s[1] - s[0]).sum();
  }

  /** Utilisation of guides, shuttles and each zone in a month (definitions in the page's footnote). */
  static List<Use> utilisation(Scenario sc, List<TourTimeline> tours) {
    List<TourTimeline> ran = ran(tours);
    double op = operatingMinutes(tours);
    List<Use> out = new ArrayList<>();
    if (op <= 0) {
      return out;
    }
    double guideMinutes = 0;
    double vehicleMinutes = 0;
    boolean pooled = sc.shuttles().mode() == Shuttles.Mode.POOLED;
    for (TourTimeline t : ran) {
      guideMinutes += t.guides() * (t.end() - t.guidesAt());
      if (t.rides().isEmpty()) {
        continue;
      }
      if (pooled) {
        for (int i = 0; i < t.rides().size(); i++) {
          Ride r = t.rides().get(i);
          double release = i + 1 < t.visits().size() ? t.visits().get(i + 1).enter() : t.end();
          vehicleMinutes += r.vehicles().size() * (release - r.ready());
        }
      } else {
        vehicleMinutes += t.vehicles() * (t.end() - t.rides().get(0).ready());
      }
    }
    out.add(new Use("Guides (" + sc.guides().count() + ")", guideMinutes / (sc.guides().count() * op),
        sc.guides().count() == 1 ? "the only guide" : "the " + sc.guides().count() + " guides"));
    out.add(new Use("Shuttles (" + sc.shuttles().vehicles() + ")", vehicleMinutes / (sc.shuttles().vehicles() * op),
        sc.shuttles().vehicles() == 1 ? "the only shuttle" : "the " + sc.shuttles().vehicles() + " shuttles"));
    for (Zone z : sc.zones().values()) {
      if (!sc.route().contains(z.id())) {
        continue;
      }
      double personMinutes = 0;
      double groupMinutes = 0;
      for (TourTimeline t : ran) {
        for (Visit v : t.visits()) {
          if (v.zone().equals(z.id()) && !Double.isNaN(v.leave())) {
            personMinutes += t.persons() * (v.leave() - v.enter());
            groupMinutes += v.leave() - v.enter();
          }
        }
      }
      double byPersons = personMinutes / (z.capacity() * op);
      double byGroups = z.maxGroups() == Integer.MAX_VALUE ? 0 : groupMinutes / (z.maxGroups() * op);
      out.add(byGroups > byPersons
          ? new Use(z.id() + " (" + z.maxGroups() + (z.maxGroups() == 1 ? " group)" : " groups)"), byGroups,
              z.id() + " (" + (z.maxGroups() == 1 ? "one group" : z.maxGroups() + " groups") + " at a time)")
          : new Use(z.id() + " (" + z.capacity() + " persons)", byPersons,
              z.id() + " (" + z.capacity() + " persons)"));
    }
    return out;
  }
}
