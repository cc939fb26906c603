package org.tourplan.plan;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Designs the start times of one class of day (weekdays, weekend days, or one day of the week) for one frame's
 * group, fleet and guides: the list of {@code n} starts on the slot grid, keeping the fixed starts and avoiding the
 * forbidden windows, that breaches a limit on the fewest simulated days.
 *
 * <p>The method (docs/scenario-format.md, "Designed start times"):
 * <ol>
 *   <li>Rule out what is known without simulating: a start whose tour, alone on the site, would certainly pass the
 *   close or be inside a zone when its blackout starts ({@link Nominal#certainBreach}).</li>
 *   <li>When the remaining lists are few ({@link #ENUMERATE} or fewer), judge them all; else a local search:
 *   steepest descent from several starting lists (the even spread over the grid, which is today's timetable, the even
 *   spread over the allowed slots, the file's own starts), or from the best list of the same count found for
 *   another fleet when there is one (the others then judged as they are), each step moving one start by 1, 2 or 4
 *   slots or, on a grid of at most 24 slots, to any free slot.</li>
 *   <li>Every list is judged on the same simulated days (common random numbers): fewer breaching days first, then
 *   less total excess over the limits, then less waiting (the day's mean waits for guides, at zones and for
 *   shuttles, in whole minutes), then the wider nominal margin to the close and to blackout starts, then the
 *   wider smallest gap between starts, then the earlier list.</li>
 *   <li>Ranking and selection: the best lists go on to more days in rounds (successive halving: 4 lists on 4 times
 *   the days, 2 on 16 times, the winner on {@link #FINAL_DAYS}), so the winner rests on many days; the rounds stop
 *   early when even the best list is clearly unsafe.</li>
 * </ol>
 * The result is the best list found, not a proof that no better exists; the full-month confirmation is the truth.
 */
final class Designer {
  /** At most this many lists are judged one by one instead of searched. */
  static final int ENUMERATE = 64;
  /** Days the winner of a design rests on. */
  static final int FINAL_DAYS = 4096;
  private static final int MAX_STEPS = 40;
  private static final int[] SHIFTS = {1, -1, 2, -2, 4, -4};
  private static final int FULL_MOVES_UP_TO = 24;

  /**
   * A design.
   *
   * @param starts    the best start times found (sorted)
   * @param tally     its days
   * @param lists     lists of start times judged
   * @param ruledOut  starts of the grid left out without simulating, with the reason
   * @param shortOf   null, or why no list of n starts exists at all (too few allowed starts)
   */
  record Result(List<LocalTime> starts, DayJudge.Tally tally, int lists, Map<LocalTime, String> ruledOut,
                String shortOf) { }

  private final DayJudge judge;
  private final DayJudge.Site site;
  private final Nominal nominal;
  private final int screenDays;
  private final double dayBound;
  private final List<Variant> variants;

  /**
   * A kind of day the designed starts serve: the class's plain days (no extra times) or its dates with extra tours,
   * each weighing as many dates as it has in a month.
   *
   * @param extra  extra start times of those dates (empty: the plain days)
   * @param dates  dates of this kind in the month (its weight)
   */
  record Variant(List<LocalTime> extra, int dates) { }

  /** A list's days over every variant: breaching days and excess weighed by the variants' dates. */
  private record Score(List<LocalTime> starts, double breached, double violation, double waiting, int days) { }

  /**
   * @param dayBound the probability that a day breaches at which its month would reach the plan's bound: ranking
   *                 stops early once the best list is clearly above it (its frame is rejected anyway)
   */
  Designer(DayJudge judge, DayJudge.Site site, Nominal nominal, int screenDays, double dayBound,
           List<Variant> variants) {
    this.judge = judge;
    this.site = site;
    this.nominal = nominal;
    this.screenDays = screenDays;
    this.dayBound = dayBound;
    this.variants = variants.isEmpty() ? List.of(new Variant(List.of(), 1)) : List.copyOf(variants);
  }

  /**
   * The best list of {@code n} starts from {@code grid} (allowed slots, sorted) holding every one of {@code fixed},
   * searched from {@code seeds} (lists of n starts; those not allowed are skipped) and, when there is one, from
   * {@code warm} (the best list found for another fleet) alone: a good list rarely changes much with the fleet.
   */
  Result design(int n, List<LocalTime> grid, List<LocalTime> fixed, List<List<LocalTime>> seeds,
                List<LocalTime> warm) {
    Map<LocalTime, String> ruledOut = new LinkedHashMap<>();
    List<LocalTime> pool = new ArrayList<>();
    for (LocalTime t : grid) {
      String why = nominal.certainBreach(t);
      if (why != null && !fixed.contains(t)) {
        ruledOut.put(t, why);
      } else {
        pool.add(t);
      }
    }
    List<LocalTime> free = pool.stream().filter(t -> !fixed.contains(t)).toList();
    int choose = n - fixed.size();
    if (choose > free.size()) {
      return new Result(null, null, 0, ruledOut, (fixed.size() + free.size()) + " allowed starts for " + n
          + " tours");
    }
    Set<List<LocalTime>> tried = new LinkedHashSet<>();
    List<List<LocalTime>> all = combinations(free, choose, fixed);
    if (all != null) {
      judge(all);
      tried.addAll(all);
    } else {
      List<List<LocalTime>> starts = new ArrayList<>();
      for (List<LocalTime> s : seeds) {
        if (s.size() == n && pool.containsAll(s) && s.containsAll(fixed)) {
          starts.add(sorted(s));
        }
      }
      starts.add(spread(free, choose, fixed));
      if (warm != null && warm.size() == n && pool.containsAll(warm) && warm.containsAll(fixed)) {
        judge(new ArrayList<>(new LinkedHashSet<>(starts)));
        tried.addAll(starts);
        descend(warm, pool, fixed, tried);
      } else {
        for (List<LocalTime> s : new LinkedHashSet<>(starts)) {
          descend(s, pool, fixed, tried);
        }
      }
    }
    List<List<LocalTime>> ranked = rank(new ArrayList<>(tried), screenDays);
    int days = screenDays;
    for (int keep : new int[] {4, 2, 1}) {
      ranked = new ArrayList<>(ranked.subList(0, Math.min(keep, ranked.size())));
      days = keep == 1 ? Math.max(FINAL_DAYS, screenDays) : Math.min(FINAL_DAYS, days * 4);
      ranked = rank(ranked, days);
      DayJudge.Tally lead = plain(ranked.get(0), days);
      if (org.tourplan.run.ClopperPearson.lower(lead.breached, lead.days, Screen.SCREEN_ALPHA) > dayBound) {
        break; // clearly unsafe even at its best: the frame is rejected, more days would not save it
      }
    }
    List<LocalTime> best = ranked.get(0);
    return new Result(best, plain(best, days), tried.size(), ruledOut, null);
  }

  /** Steepest descent from {@code start}; every list judged goes into {@code tried}. */
  private void descend(List<LocalTime> start, List<LocalTime> pool, List<LocalTime> fixed,
                       Set<List<LocalTime>> tried) {
    List<LocalTime> current = start;
    judge(List.of(current));
    tried.add(current);
    for (int step = 0; step < MAX_STEPS; step++) {
      List<List<LocalTime>> next = neighbours(current, pool, fixed);
      next.removeIf(tried::contains);
      if (next.isEmpty()) {
        return;
      }
      judge(next);
      tried.addAll(next);
      List<LocalTime> best = current;
      Score bt = score(best, screenDays);
      for (List<LocalTime> s : next) {
        Score t = score(s, screenDays);
        if (order(t, bt) < 0) {
          best = s;
          bt = t;
        }
      }
      if (best == current) {
        return;
      }
      current = best;
    }
  }

  private List<List<LocalTime>> neighbours(List<LocalTime> s, List<LocalTime> pool, List<LocalTime> fixed) {
    Set<List<LocalTime>> out = new LinkedHashSet<>();
    for (int i = 0; i < s.size(); i++) {
      if (fixed.contains(s.get(i))) {
        continue;
      }
      int at = pool.indexOf(s.get(i));
      List<Integer> targets = new ArrayList<>();
      if (pool.size() <= FULL_MOVES_UP_TO) {
        for (int j = 0; j < pool.size(); j++) {
          targets.add(j);
        }
      } else {
        for (int d : SHIFTS) {
          targets.add(at + d);
        }
      }
      for (int j : targets) {
        if (j < 0 || j >= pool.size() || s.contains(pool.get(j))) {
          continue;
        }
        List<LocalTime> moved = new ArrayList<>(s);
        moved.set(i, pool.get(j));
        out.add(sorted(moved));
      }
    }
    return new ArrayList<>(out);
  }

  /** Ranks lists by their days 0 .. days - 1 (judging the days still missing), best first. */
  private List<List<LocalTime>> rank(List<List<LocalTime>> lists, int days) {
    judge(lists, days);
    List<List<LocalTime>> out = new ArrayList<>(lists);
    out.sort((a, b) -> order(score(a, days), score(b, days)));
    return out;
  }

  private void judge(List<List<LocalTime>> lists) {
    judge(lists, screenDays);
  }

  /** Judges every list with every variant's extra times, all on the executor at once. */
  private void judge(List<List<LocalTime>> lists, int days) {
    List<List<LocalTime>> all = new ArrayList<>();
    for (List<LocalTime> s : lists) {
      for (Variant v : variants) {
        all.add(with(s, v));
      }
    }
    judge.judge(site, all, days);
  }

  private static List<LocalTime> with(List<LocalTime> s, Variant v) {
    if (v.extra().isEmpty()) {
      return s;
    }
    List<LocalTime> out = new ArrayList<>(s);
    out.addAll(v.extra());
    out.sort(null);
    return List.copyOf(out);
  }

  /** The list's own days (without extra tours). */
  private DayJudge.Tally plain(List<LocalTime> s, int days) {
    return judge.judge(site, List.of(s), days).get(0);
  }

  private Score score(List<LocalTime> s, int days) {
    double breached = 0;
    double violation = 0;
    double waiting = 0;
    int dates = 0;
    for (Variant v : variants) {
      DayJudge.Tally t = judge.judge(site, List.of(with(s, v)), days).get(0);
      breached += (double) v.dates() * t.breached;
      violation += v.dates() * t.violation;
      waiting += v.dates() * t.waiting;
      dates += v.dates();
    }
    // whole minutes of mean wait a day: closer lists tie, and the margins decide between them
    return new Score(s, breached, violation, Math.rint(waiting / Math.max(1, dates) / days), days);
  }

  /** The order of lists judged on the same days. */
  private int order(Score a, Score b) {
    return Comparator.<Score>comparingDouble(t -> t.breached)
        .thenComparingDouble(t -> t.violation)
        .thenComparingDouble(t -> t.waiting)
        .thenComparing(Comparator.<Score>comparingDouble(t -> margin(t.starts)).reversed())
        .thenComparing(Comparator.<Score>comparingDouble(t -> gap(t.starts)).reversed())
        .thenComparing(t -> t.starts.toString())
        .compare(a, b);
  }

  /** The smallest nominal margin of the list's starts (see {@link Nominal#margin}). */
  private double margin(List<LocalTime> s) {
    double m = Double.POSITIVE_INFINITY;
    for (LocalTime t : s) {
      m = Math.min(m, nominal.margin(t));
    }
    return m;
  }

  /** The smallest gap between two starts, in minutes (a day of them when there is one start). */
  static double gap(List<LocalTime> s) {
    double g = 1440;
    for (int i = 1; i < s.size(); i++) {
      g = Math.min(g, (s.get(i).toSecondOfDay() - s.get(i - 1).toSecondOfDay()) / 60.0);
    }
    return g;
  }

  /** {@code choose} of {@code free} spread evenly, with the fixed starts. */
  static List<LocalTime> spread(List<LocalTime> free, int choose, List<LocalTime> fixed) {
    List<LocalTime> out = new ArrayList<>(fixed);
    for (int i = 0; i < choose; i++) {
      int slot = choose == 1 ? 0 : (int) Math.round(i * (free.size() - 1) / (double) (choose - 1));
      LocalTime t = free.get(slot);
      while (out.contains(t)) { // only when choose > half the slots: take the next free one
        t = free.get(++slot % free.size());
      }
      out.add(t);
    }
    return sorted(out);
  }

  /** Every list of {@code choose} of {@code free} with the fixed starts, or null when there are more than ENUMERATE. */
  static List<List<LocalTime>> combinations(List<LocalTime> free, int choose, List<LocalTime> fixed) {
    double count = 1;
    for (int i = 0; i < choose; i++) {
      count = count * (free.size() - i) / (i + 1);
    }
    if (count > ENUMERATE) {
      return null;
    }
    List<List<LocalTime>> out = new ArrayList<>();
    pick(free, choose, 0, new ArrayList<>(), fixed, out);
    return out;
  }

  /** Every list of {@code choose} of {@code free} with the fixed starts, into {@code out}. */
  static void pickAll(List<LocalTime> free, int choose, List<LocalTime> fixed, List<List<LocalTime>> out) {
    if (choose >= 0 && choose <= free.size()) {
      pick(free, choose, 0, new ArrayList<>(), fixed, out);
    }
  }

  private static void pick(List<LocalTime> free, int left, int from, List<LocalTime> chosen, List<LocalTime> fixed,
                           List<List<LocalTime>> out) {
    if (left == 0) {
      List<LocalTime> s = new ArrayList<>(fixed);
      s.addAll(chosen);
      out.add(sorted(s));
      return;
    }
    for (int i = from; i <= free.size() - left; i++) {
      chosen.add(free.get(i));
      pick(free, left - 1, i + 1, chosen, fixed, out);
      chosen.remove(chosen.size() - 1);
    }
  }

  static List<LocalTime> sorted(List<LocalTime> s) {
    List<LocalTime> out = new ArrayList<>(s);
    out.sort(null);
    return List.copyOf(out);
  }
}
