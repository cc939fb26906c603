package org.tourplan.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tourplan.run.ClopperPearson;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;

/**
 * The checks of a candidate that need no simulation: its target in every month of the plan (full tours short of it,
 * or counted from check-in draws, exact), {@code limits.turnedAway} on the same counted months, and whether its fleet
 * and guides can serve every admissible group. The counted targets are kept by the candidate's visitor-deciding
 * parts and month: every start-time design of a frame, and the file's own timetable when its counts match, share one.
 */
final class CountedChecks {
  private final Screen screen;
  private final List<Scenario> months;
  private final TargetCounter counter;
  private final Map<List<Object>, Evaluation.TargetEstimate> targets = new HashMap<>();

  CountedChecks(Screen screen, List<Scenario> months, TargetCounter counter) {
    this.screen = screen;
    this.months = months;
    this.counter = counter;
  }

  /** The counted target of a candidate in month {@code i}, {@code s} being that month's scenario of it. */
  Evaluation.TargetEstimate target(Candidate c, int i, Scenario s) {
    return targets.computeIfAbsent(List.of(c.volume(), i), k -> counter.count(s));
  }

  /**
   * The checks counted without simulating: the target and turnedAway of every month, and servability. Comes back
   * with status null (and the worst month's target) when every one passes, else with the verdict.
   */
  Evaluation check(Candidate c, boolean own) {
    double cost = screen.cost(c, own);
    Scenario first = screen.scenario(c, 0, own);
    PlanSpace.Calendar cal = CandidateBuilder.calendar(first);
    List<String> failures = new ArrayList<>();
    Evaluation.Status status = null;
    String reason = null;
    String undecided = null;
    Evaluation.TargetEstimate worst = null;
    for (int i = 0; i < months.size(); i++) {
      Scenario s = screen.scenario(c, i, own);
      Target target = s.target();
      int tours = CandidateBuilder.calendar(s).tours();
      String in = months.size() == 1 ? "" : " in " + s.month();
      long most = target.unit() == Target.Unit.VISITORS ? (long) tours * s.group().largestAdmissible()
          : (long) tours * s.group().invited();
      if (most < target.visitorsPerMonth()) {
        if (status == null) {
          status = Evaluation.Status.TARGET_UNREACHABLE;
          reason = String.format(Locale.ROOT, "cannot reach %,.0f %s%s: %d tours hold at most %,d even when full",
              target.visitorsPerMonth(), unit(target), in, tours, most);
        }
        failures.add("target: " + String.format(Locale.ROOT, "cannot reach %,.0f %s%s: %d tours hold at most %,d "
            + "even when full", target.visitorsPerMonth(), unit(target), in, tours, most));
        continue;
      }
      int index = i;
      Evaluation.TargetEstimate t = target(c, index, s);
      if (worst == null || t.probability() < worst.probability()) {
        worst = t;
      }
      if (t.high() < target.confidence()) {
        String why = String.format(Locale.ROOT, "reaches %,.0f %s%s in only %.1f%% of months (95%% CI "
                + "%.1f%%-%.1f%%), needs %.0f%%", target.visitorsPerMonth(), unit(target), in,
            100 * t.probability(), 100 * t.low(), 100 * t.high(), 100 * target.confidence());
        if (status == null) {
          status = Evaluation.Status.TARGET_MISSED;
          reason = why;
        }
        failures.add("target: " + why);
      } else if (t.low() < target.confidence() && undecided == null) {
        undecided = String.format(Locale.ROOT, "reaches the target%s in %.1f%% of %,d months; the 95%% CI "
                + "%.1f%%-%.1f%% still straddles %.0f%%", in, 100 * t.probability(), t.months(), 100 * t.low(),
            100 * t.high(), 100 * target.confidence());
      } else if (t.probabilityAtReplications() < target.confidence() && undecided == null) {
        // simulate runs the first maxReplications months: its verdict must agree with this one
        undecided = String.format(Locale.ROOT, "reaches the target%s in %.1f%% of %,d months but in only "
                + "%.1f%% of the first %d, which a run of that many months would show", in,
            100 * t.probability(), t.months(), 100 * t.probabilityAtReplications(), t.replications());
      }
      Double limit = s.limits().turnedAway();
      if (limit != null && t.turnedAwayMonths() > 0
          && ClopperPearson.lower(t.turnedAwayMonths(), t.months(), Screen.SCREEN_ALPHA)
          > months.get(0).plan().breachBound()) {
        String why = String.format(Locale.ROOT, "limit turnedAway: breached%s in %,d of %,d months (counted "
            + "from check-ins)", in, t.turnedAwayMonths(), t.months());
        failures.add(why);
        if (status == null) {
          status = Evaluation.Status.LIMIT_BREACHED;
          reason = "turns persons away: breaches turnedAway in " + t.turnedAwayMonths() + " of " + t.months()
              + " months";
        }
      }
    }
    String never = screen.builder().unservable(first);
    if (never != null) {
      never = "a group could never be served: " + never;
      failures.add("servability: " + never);
      if (status == null) {
        status = Evaluation.Status.UNSERVABLE;
        reason = never;
      }
    }
    if (status != null || undecided != null) {
      return Screen.verdict(c, cost, cal, status, reason, undecided, worst, null, failures);
    }
    return new Evaluation(c, cost, cal.tours(), cal.days(), null, null, worst, null, List.of(), null, null);
  }

  private static String unit(Target t) {
    return t.unit() == Target.Unit.PLACES ? "places" : "visitors";
  }
}
