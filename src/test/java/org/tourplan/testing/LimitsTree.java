package org.tourplan.testing;

import static org.tourplan.testing.TreeText.bool;
import static org.tourplan.testing.TreeText.lst;
import static org.tourplan.testing.TreeText.num;
import static org.tourplan.testing.TreeText.obj;
import static org.tourplan.testing.TreeText.text;
import static org.tourplan.testing.TreeText.time;

import java.util.List;
import java.util.Random;
import org.tourplan.testing.TreeText.Lst;
import org.tourplan.testing.TreeText.Obj;

/**
 * The {@code limits}, {@code target} and {@code demand} sections of a random scenario (see {@link RandomScenarios}):
 * limits low enough to breach and high enough not to, blackouts (some wrapping past midnight, never closing a zone
 * all day), targets in visitors or places, demand whose growth keeps every month of the season within 1e12.
 */
final class LimitsTree {
  private LimitsTree() {
  }


  static Obj limits(Random r, boolean small, List<String> ids, long admissible) {
    Obj l = obj();
    double persons = (double) admissible;
    if (r.nextBoolean()) {
      l.put("floorVisitors", num(Math.round(r.nextDouble() * persons * 3)));
    }
    if (r.nextBoolean()) {
      l.put("evacuationMinutes", num(Math.round(r.nextDouble() * 50) / 10.0));
    }
    if (r.nextBoolean()) {
      l.put("maxWaitMinutes", num((long) r.nextInt(60)));
    }
    if (r.nextBoolean()) {
      l.put("maxTourMinutes", num(r.nextInt(10) == 0 ? 1e9 : 30 + r.nextInt(300)));
    }
    if (r.nextBoolean()) {
      l.put("closeTime", time(TimetableTree.clock(r.nextInt(1440))));
    }
    if (r.nextBoolean()) {
      l.put("noiseDosePercent", num(r.nextDouble() * 200));
    }
    if (r.nextBoolean()) {
      long away = r.nextInt(4) == 0 ? 0 : r.nextInt(20);
      l.put("turnedAway", r.nextBoolean() ? num(away) : num((double) away));
    }
    if (r.nextBoolean()) {
      Lst blackouts = lst();
      l.put("blackouts", blackouts);
      int n = r.nextInt(small ? 3 : 6); // each at most 4 hours: a zone is never closed all day
      for (int i = 0; i < n; i++) {
        Lst zs = lst();
        int k = 1 + r.nextInt(Math.min(3, ids.size()));
        for (int j = 0; j < k; j++) {
          zs.add(text(ids.get(r.nextInt(ids.size()))));
        }
        int from = r.nextInt(1440);
        int to = (from + 1 + r.nextInt(240)) % 1440;
        blackouts.add(obj().put("zones", zs).put("from", time(TimetableTree.clock(from)))
            .put("to", time(TimetableTree.clock(to))));
      }
    }
    return l;
  }

  static Obj target(Random r) {
    Obj t = obj().put("visitorsPerMonth", r.nextInt(10) == 0 ? num(1e9) : num(1 + r.nextInt(2000)));
    if (r.nextBoolean()) {
      t.put("unit", text(r.nextBoolean() ? "visitors" : "places"));
    }
    if (r.nextBoolean()) {
      t.put("confidence", num(r.nextInt(5) == 0 ? 1.0 : Math.round(r.nextDouble() * 999 + 1) / 1000.0));
    }
    return t;
  }

  /** Demand; with a season of {@code months} months no month may pass 1e12 new applicants. */
  static Obj demand(Random r, int months) {
    double apps = r.nextInt(10) == 0 ? 1e12 : 1 + r.nextInt(100_000);
    Obj d = obj().put("applicationsPerMonth", num(apps));
    if (r.nextBoolean()) {
      double g = r.nextInt(5) == 0 ? (r.nextBoolean() ? -0.9 : 10) : Math.round(r.nextDouble() * 400 - 50) / 1000.0;
      while (months > 1 && apps * StrictMath.pow(1 + g, months - 1) > 1e12) {
        g = g > 0 ? g / 2 - 0.01 : g;
      }
      d.put("growthPerMonth", num(g));
    }
    if (r.nextBoolean()) {
      d.put("reapplyRate", num(Math.round(r.nextDouble() * 100) / 100.0));
    }
    if (r.nextBoolean()) {
      d.put("preferencePoints", bool(r.nextBoolean()));
    }
    return d;
  }
}
