package org.tourplan.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;
import org.tourplan.run.WaitingCheck;

/**
 * The search for the cheapest season: a season is one resource combination (group, fleet and guides, shared by
 * every unit) and one timetable for each unit, and costs the sum of its units' costs. Seasons are taken in order of
 * cost by a best-first enumeration of the product of the units' cost-ordered lists (each season has one parent, the
 * one with the last raised coordinate lowered, so each is visited once); a unit's list holds the frames of that
 * combination that passed its screening, found lazily: a season whose k-th frame of some unit is not known yet is
 * queued at a lower bound of its cost (the next frame still to judge costs at least that much), and judged one
 * frame at a time when it comes first. So frames are judged in the order in which they could be part of the
 * cheapest season, and none beyond it.
 *
 * <p>The waiting goal couples the units (the lottery carries each month's losers into the next): a season is
 * checked against it from its places alone, before anything of it is simulated. Within a cost level every season
 * is collected, the survivors ordered by preference (more visitors, fewer turned away, earlier in the space), and
 * each in turn confirmed on fresh months, unit by unit; the first whose every unit is accepted is the answer: no
 * cheaper season was passed over (each was rejected by the goal, a screening or a confirmation). Exact: the same
 * answer as judging every season of the space ({@code SeasonPlannerTest} checks it by enumeration).
 */
final class SeasonSearch {
  /** Most seasons the search takes from its queue before it stops. */
  static final long MOST_SEASONS = 2_000_000;

  private final List<SeasonUnit> units;
  private final List<Candidate.Resources> resources;
  private final WaitingJudge waiting;
  private final BiConsumer<Long, Long> progress;
  private final long total;
  private final PriorityQueue<Entry> queue = new PriorityQueue<>(
      Comparator.comparingDouble(Entry::key).thenComparingLong(Entry::seq));
  private long seq;

  // what the search did and found
  long popped;
  long seasons;
  long goalRejected;
  long unitRejected;
  boolean truncated;
  SeasonUnit hopeless;
  /** The season closest to the goal among those that failed it (the least worst share, highest). */
  Season closest;
  WaitingCheck closestCheck;
  final List<Season> unconfirmed = new ArrayList<>();

  /** One season: the resource combination and each unit's frame. */
  record Season(Candidate.Resources resources, List<Candidate> frames, double cost) { }

  private record Entry(double key, int r, int[] at, int pivot, long seq) { }

  SeasonSearch(List<SeasonUnit> units, List<Candidate.Resources> resources, WaitingJudge waiting,
               BiConsumer<Long, Long> progress) {
    this.units = units;
    this.resources = resources;
    this.waiting = waiting;
    this.progress = progress;
    long n = 0;
    for (SeasonUnit u : units) {
      n += u.size();
    }
    this.total = n;
  }

  /** The cheapest season that passes every check, or null. */
  Season run() {
    for (int r = 0; r < resources.size(); r++) {
      push(r, new int[units.size()], 0);
    }
    Double level = null;
    List<Entry> pending = new ArrayList<>();
    while (true) {
      if (!pending.isEmpty() && (queue.isEmpty() || queue.peek().key() > level)) {
        Season s = decide(pending);
        if (s != null) {
          return s;
        }
        pending.clear();
      }
      if (queue.isEmpty()) {
        return null;
      }
      if (++popped > MOST_SEASONS) {
        truncated = true;
        return null;
      }
      Entry e = queue.poll();
      double k = key(e);
      if (k > e.key()) {
        queue.add(new Entry(k, e.r(), e.at(), e.pivot(), seq++));
        continue;
      }
      int open = unknown(e);
      if (open >= 0) {
        SeasonUnit u = units.get(open);
        SeasonUnit.Feed f = u.feed(resources.get(e.r()));
        boolean stepped = f != null && f.step();
        progress.accept(judged(), total);
        if (u.hopeless()) {
          hopeless = u;
          return null;
        }
        if (stepped) {
          queue.add(new Entry(key(e), e.r(), e.at(), e.pivot(), seq++));
        }
        continue;
      }
      // every frame known: k is the season's cost
      for (int i = e.pivot(); i < units.size(); i++) {
        int[] next = e.at().clone();
        next[i]++;
        push(e.r(), next, i);
      }
      seasons++;
      level = k;
      pending.add(e);
    }
  }

  private long judged() {
    long n = 0;
    for (SeasonUnit u : units) {
      n += u.judged();
    }
    return n;
  }

  private void push(int r, int[] at, int pivot) {
    Entry e = new Entry(0, r, at, pivot, 0);
    double k = key(e);
    if (k < Double.POSITIVE_INFINITY) {
      queue.add(new Entry(k, r, at, pivot, seq++));
    }
  }

  /** A lower bound of the season's cost, exact once every frame is known; summed in unit order. */
  private double key(Entry e) {
    double sum = 0;
    for (int i = 0; i < units.size(); i++) {
      SeasonUnit.Feed f = units.get(i).feed(resources.get(e.r()));
      sum += f == null ? Double.POSITIVE_INFINITY : f.bound(e.at()[i]);
    }
    return sum;
  }

  /** The first unit whose frame of the season is not known yet, or -1. */
  private int unknown(Entry e) {
    for (int i = 0; i < units.size(); i++) {
      if (!units.get(i).feed(resources.get(e.r())).known(e.at()[i])) {
        return i;
      }
    }
    return -1;
  }

  private Season season(Entry e) {
    List<Candidate> frames = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      frames.add(units.get(i).feed(resources.get(e.r())).get(e.at()[i]));
    }
    return new Season(resources.get(e.r()), List.copyOf(frames), e.key());
  }

  /** The level's seasons: the goal, then by preference each confirmed unit by unit; the first accepted, or null. */
  private Season decide(List<Entry> level) {
    List<Season> alive = new ArrayList<>();
    List<long[]> rank = new ArrayList<>();
    for (Entry e : level) {
      Season s = season(e);
      if (waiting != null) {
        WaitingCheck c = waiting.check(places(s));
        if (!c.met()) {
          goalRejected++;
          if (closestCheck == null || c.worst().share() > closestCheck.worst().share()) {
            closest = s;
            closestCheck = c;
          }
          continue;
        }
      }
      alive.add(s);
      long[] pos = new long[units.size() + 1];
      pos[0] = e.r();
      for (int i = 0; i < units.size(); i++) {
        pos[i + 1] = units.get(i).feed(s.resources()).rank(e.at()[i]);
      }
      rank.add(pos);
    }
    Integer[] order = new Integer[alive.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double[] visitors = new double[alive.size()];
    double[] away = new double[alive.size()];
    for (int i = 0; i < alive.size(); i++) {
      for (int u = 0; u < units.size(); u++) {
        visitors[i] += units.get(u).visitors(alive.get(i).frames().get(u));
        away[i] += units.get(u).turnedAway(alive.get(i).frames().get(u));
      }
    }
    boolean[] own = new boolean[alive.size()];
    for (int i = 0; i < alive.size(); i++) {
      own[i] = true;
      for (int u = 0; u < units.size(); u++) {
        own[i] &= alive.get(i).frames().get(u) == units.get(u).own;
      }
    }
    // the file's own season first (no change), then more visitors, fewer turned away, earlier in the space
    Arrays.sort(order, Comparator.comparing((Integer i) -> !own[i]).thenComparingDouble(i -> -visitors[i])
        .thenComparingDouble(i -> away[i]).thenComparing(i -> rank.get(i), Arrays::compare));
    for (int i : order) {
      Season s = alive.get(i);
      boolean ok = true;
      for (int u = 0; u < units.size() && ok; u++) {
        SeasonUnit unit = units.get(u);
        Candidate f = s.frames().get(u);
        if (unit.failedConfirmation(f)) {
          ok = false;
          continue;
        }
        progress.accept(judged(), total);
        ok = unit.confirm(f).feasible();
      }
      if (ok) {
        return s;
      }
      unitRejected++;
      unconfirmed.add(s);
    }
    return null;
  }

  /** Places drawn in each month of the season: tours x (group size + overbooking). */
  long[] places(Season s) {
    int months = 0;
    for (SeasonUnit u : units) {
      months += u.months.size();
    }
    long[] out = new long[months];
    int per = s.resources().groupSize() + s.resources().overbook();
    for (int u = 0; u < units.size(); u++) {
      SeasonUnit unit = units.get(u);
      long[] t = unit.tours(s.frames().get(u));
      for (int i = 0; i < t.length; i++) {
        out[unit.seasonMonths.get(i)] = t[i] * per;
      }
    }
    return out;
  }
}
