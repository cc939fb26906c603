package org.tourplan.plan;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.text.Numbers;

/**
 * When no timetable of the space reaches the target: how far the best one is, and the smallest step past the space's
 * axes that reaches it (one more tour on a class of day, or more places), each counted from check-in draws like any
 * candidate, so the advice is a number the planner has checked.
 */
final class TargetAdvice {
  private static final int MOST_STEPS = 48;

  private TargetAdvice() {
  }

  static void explain(Scenario base, List<Evaluation> evaluated, Screen screen, List<String> binding,
                      List<String> fixes) {
    Target t = base.target();
    PlanSpace space = base.plan();
    String unit = t.unit() == Target.Unit.PLACES ? "places" : "visitors";
    Evaluation best = evaluated.stream().filter(e -> e.target() != null)
        .max(Comparator.comparingDouble((Evaluation e) -> e.target().probability())
            .thenComparingDouble(e -> -e.cost())).orElse(null);
    Evaluation biggest = evaluated.stream().max(Comparator.comparingDouble(e -> capacity(e, screen))).orElseThrow();
    if (best == null) {
      binding.add(String.format(Locale.ROOT, "no timetable of the plan space can reach %,.0f %s a month: the "
              + "largest, %s, has %d tours holding at most %,.0f even when every tour is full", t.visitorsPerMonth(),
          unit, biggest.candidate().label(), biggest.tours(), capacity(biggest, screen)));
    } else {
      binding.add(String.format(Locale.ROOT, "no timetable of the plan space reaches %,.0f %s in %s of months: "
              + "the best, %s, reaches it in %s of %,d months (mean %,.0f %s)", t.visitorsPerMonth(), unit,
          Numbers.percentShort(t.confidence()), best.candidate().label(), Numbers.percent(best.target().probability()),
          best.target().months(), best.target().visitorsMean(), unit));
    }
    Candidate from = (best != null ? best : biggest).candidate().frame();
    for (PlanSpace.DayClass k : space.classes()) {
      DayOfWeek d = k.days().iterator().next();
      int now = from.toursOn(d);
      for (int n = now + 1; n <= Math.min(MOST_STEPS, now + 24); n++) {
        Candidate c = withCount(from, k, n);
        Evaluation.TargetEstimate est = screen.target(c);
        if (est.low() >= t.confidence()) {
          fixes.add(String.format(Locale.ROOT, "allow %d tours every %s (plan.%s up to %d): %s reaches the target "
                  + "in %s of %,d months (mean %,.0f %s)", n, k.words(), axis(k), n, c.label(),
              Numbers.percent(est.probability()), est.months(), est.visitorsMean(), unit));
          break;
        }
      }
    }
    for (int g = from.groupSize() + 1; g <= from.groupSize() * 3 + 3; g++) {
      Candidate c = new Candidate(from.week(), g, from.overbook(), from.vehicles(), from.guides(), java.util.Map.of(),
          null);
      Evaluation.TargetEstimate est = screen.target(c);
      if (est.low() >= t.confidence()) {
        fixes.add(String.format(Locale.ROOT, "allow %d places a tour (plan.groupSize up to %d): %s reaches the "
                + "target in %s of months, turning away %s persons a month on average (mind limits.turnedAway and "
                + "group.maxSize %d)", g, g, c.label(), Numbers.percent(est.probability()),
            Numbers.amount(est.turnedAwayMean()), screen.builder().scenario(c).group().maxSize()));
        break;
      }
    }
    if (fixes.isEmpty()) {
      fixes.add(String.format(Locale.ROOT, "even %d more tours on every class of day would not reach it: lower "
          + "target.visitorsPerMonth or target.confidence", 24));
    }
  }

  private static double capacity(Evaluation e, Screen screen) {
    Scenario s = screen.builder().scenario(e.candidate().frame());
    return (double) e.tours() * (s.target() != null && s.target().unit() == Target.Unit.PLACES
        ? s.group().invited() : s.group().largestAdmissible());
  }

  static Candidate withCount(Candidate c, PlanSpace.DayClass k, int n) {
    List<Integer> week = new ArrayList<>(c.week());
    for (DayOfWeek d : k.days()) {
      week.set(d.getValue() - 1, n);
    }
    return new Candidate(week, c.groupSize(), c.overbook(), c.vehicles(), c.guides(), java.util.Map.of(), null);
  }

  static String axis(PlanSpace.DayClass k) {
    return switch (k.name()) {
      case "weekday" -> "weekdayTours";
      case "weekend" -> "weekendTours";
      default -> "dayTours." + k.name();
    };
  }
}
