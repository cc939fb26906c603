package org.tourplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tourplan.run.SequentialTest;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Target;
import org.tourplan.text.Numbers;

/**
 * The planner's figures in words, shared by the terminal and the plan page (plain text: the page escapes it), so
 * that both say the same thing from the same numbers: the goal, the size of the space and the work, the months and
 * days a safety figure rests on, and the confirmation's estimate with its interval.
 */
public final class PlanWords {
  private PlanWords() {
  }

  /** "1,100 visitors a month in 95% of months; a month breaches a limit with probability at most 0.10% ...". */
  public static String goal(PlanResult p) {
    Target t = p.base().target();
    return String.format(Locale.ROOT, "%,.0f %s a month in %s of months; a month breaches a limit with probability "
            + "at most %s (tested on fresh months)", t.visitorsPerMonth(),
        t.unit() == Target.Unit.PLACES ? "places" : "visitors", Numbers.percentShort(t.confidence()),
        Numbers.share(p.base().plan().breachBound()));
  }

  /** "3.1 billion candidates (1,296 frames of counts, group, fleet and guides, start times designed)". */
  public static String space(PlanResult p) {
    PlanResult.Effort w = p.effort();
    PlanSpace s = p.base().plan();
    if (!s.written()) {
      return "1 candidate (no plan section: the file as written)";
    }
    return big(w.candidates()) + " candidate" + (w.candidates() == 1 ? "" : "s") + " (" + Numbers.count(w.frames())
        + " combination" + (w.frames() == 1 ? "" : "s") + " of counts, group, fleet and guides, each with "
        + (s.design().even() ? "its starts spread evenly" : "its start times designed") + ", and the file's own)";
  }

  /** What the search did: frames judged, lists and days simulated, months simulated and counted. */
  public static String work(PlanResult p) {
    PlanResult.Effort w = p.effort();
    return String.format(Locale.ROOT, "%s judged; %s of start times on %s simulated days; %s simulated in full "
            + "(%s fresh for the confirmation) + %s counted from check-ins",
        Numbers.count(w.examined()), Numbers.plural(w.lists(), "list"), Numbers.count(w.days()),
        Numbers.plural(w.fullMonths(), "month"), Numbers.count(w.confirmMonths()), Numbers.count(w.countedMonths()));
  }

  /** A large count in words: "1,296", "4.5 million", "3.1 billion", "2.0e+15". */
  public static String big(double n) {
    if (n < 1e6) {
      return Numbers.count(n);
    }
    if (n < 1e9) {
      return String.format(Locale.ROOT, "%.1f million", n / 1e6);
    }
    if (n < 1e12) {
      return String.format(Locale.ROOT, "%.1f billion", n / 1e9);
    }
    int exp = (int) Math.floor(Math.log10(n));
    return String.format(Locale.ROOT, "%.1f x 10^%d", n / Math.pow(10, exp), exp);
  }

  /** "no limit breached in 200 simulated months (the months simulate runs)". */
  public static String firstMonths(Evaluation.SafetyEstimate s) {
    if (s.monthsBreached() == 0) {
      return String.format(Locale.ROOT, "no limit breached in the first %,d months (the months simulate runs)",
          s.months());
    }
    List<String> by = new ArrayList<>();
    s.byLimit().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> by.add(e.getKey() + " "
        + Numbers.count(e.getValue())));
    return String.format(Locale.ROOT, "limits breached in %,d of the first %,d months (the months simulate runs: "
        + "%s)", s.monthsBreached(), s.months(), String.join(", ", by));
  }

  /** "0 of 8,192 simulated Mon-Fri (23 dates) and 0 of 8,192 Sat, Sun (8 dates) breach a limit: ...". */
  public static String days(Evaluation.Screening s) {
    List<String> parts = new ArrayList<>();
    for (Evaluation.DayKind k : s.kinds()) {
      parts.add(String.format(Locale.ROOT, "%,d of %,d simulated %s", k.breached(), k.days(), k.name()));
    }
    return String.join(", ", parts) + " breach a limit: about " + Numbers.share(s.breach()) + " of months (95% CI "
        + Numbers.share(s.low()) + " to " + Numbers.share(s.high()) + ")";
  }

  /** The confirmation: estimate, interval, months, the test's outcome. */
  public static String confirmation(Evaluation.Confirmation c) {
    String outcome = switch (c.outcome()) {
      case ACCEPT -> "ACCEPTED: at most " + Numbers.share(c.bound()) + " with 95% confidence";
      case REJECT -> "REJECTED: above " + Numbers.share(c.bound()) + " with 95% confidence";
      default -> "UNDECIDED against " + Numbers.share(c.bound()) + " at the test's last look";
    };
    return String.format(Locale.ROOT, "%s of %,d fresh months (replications %,d to %,d) breach a limit: %s (95%% CI "
            + "%s to %s); %s (the sequential test's look %d of %d)", Numbers.count(c.monthsBreached()), c.months(),
        c.first(), c.first() + c.months() - 1, Numbers.share(c.estimate()), Numbers.share(c.low()),
        Numbers.share(c.high()), outcome, c.look(), c.looks());
  }

  /** The sequential test a plan's confirmation runs. */
  public static SequentialTest testOf(PlanResult p) {
    return Confirmer.test(p.base().plan().breachBound());
  }

  /** How the confirmation tests, in one sentence. */
  public static String test(SequentialTest t) {
    return "a group-sequential test (" + t.describe() + ", exact Clopper-Pearson bounds with the 5% errors spent "
        + "over the looks): it accepts when the upper bound of the breach probability falls to the bound, rejects "
        + "when the lower bound rises above it, and is undecided at its last look; either wrong answer has a "
        + "chance of at most 5%";
  }
}
