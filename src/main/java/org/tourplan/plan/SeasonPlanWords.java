package org.tourplan.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tourplan.run.WaitingCheck;
import org.tourplan.scenario.Season;
import org.tourplan.scenario.Target;
import org.tourplan.text.Numbers;
import org.tourplan.text.WaitingWords;

/**
 * The season planner's figures in words, every sentence the terminal and the season plan's page share (plain text:
 * the page escapes it), in one place: the goal, the work, each phase's change, the season's group and fleet, a
 * month's confirmation and the waiting goal.
 */
public final class SeasonPlanWords {
  private SeasonPlanWords() {
  }

  /** A target in words: "1,100 visitors in 95% of months". */
  public static String target(Target t) {
    return String.format(Locale.ROOT, "%s %s in %s of months", Numbers.count(t.visitorsPerMonth()),
        t.unit() == Target.Unit.PLACES ? "places" : "visitors", Numbers.percentShort(t.confidence()));
  }

  /** Each unit's target, units with the same one together: "2025-01 to 2025-06: 40 visitors in 95% of months". */
  public static String targets(SeasonPlan p) {
    Map<Target, List<String>> by = new LinkedHashMap<>();
    for (SeasonPlan.UnitPlan u : p.units()) {
      by.computeIfAbsent(u.target(), k -> new ArrayList<>()).add(u.label());
    }
    if (by.size() == 1) {
      return "every month " + target(by.keySet().iterator().next());
    }
    List<String> parts = new ArrayList<>();
    by.forEach((t, labels) -> parts.add(String.join(", ", labels) + ": " + target(t)));
    return "each month its phase's target (" + String.join("; ", parts) + ")";
  }

  /** The whole goal: the targets, the chance constraint with its split error, and the waiting goal. */
  public static String goal(SeasonPlan p) {
    int months = 0;
    for (SeasonPlan.UnitPlan u : p.units()) {
      months += u.months().size();
    }
    String g = targets(p) + "; a month breaches a limit with probability at most "
        + Numbers.share(p.base().plan().breachBound()) + ", each of the " + months + " months tested on its own "
        + "fresh months at " + Numbers.share(p.alpha()) + " error (5% over the season)";
    Season.Waiting w = p.base().season().waiting();
    return w == null ? g : g + "; " + waiting(w);
  }

  /** The waiting goal: "1.8% of each month's new applicants from 2025-07 win a place within 3 draws". */
  public static String waiting(Season.Waiting w) {
    return WaitingWords.goal(w.share(), w.from(), w.withinMonths());
  }

  /** The goal judged: "MET: 2025-07 2.5%, 2025-08 2.3%, ..." (the months judged, each with its share). */
  public static String waitingVerdict(WaitingCheck c) {
    List<String> parts = new ArrayList<>();
    for (WaitingCheck.Cohort k : c.cohorts()) {
      parts.add(WaitingWords.cohort(k.month(), k.share(), k.met()));
    }
    return WaitingWords.verdict(c.met(), parts);
  }

  /** What the search did. */
  public static String work(SeasonPlan p) {
    SeasonPlan.Effort w = p.effort();
    String goal = p.base().season().waiting() == null ? ""
        : String.format(Locale.ROOT, ", %s short of the waiting goal (%s)", Numbers.count(w.goalRejected()),
            Numbers.plural(w.lotteryRuns(), "lottery run"));
    return String.format(Locale.ROOT, "%s of %s timetables judged (%s, each frame once); %s in order of cost%s; "
            + "%s of start times on %s simulated days; %s simulated in full for the confirmations + %s counted from "
            + "check-ins", Numbers.count(w.judged()), Numbers.count(w.candidates()),
        Numbers.plural(p.units().size(), "phase"), Numbers.plural(w.seasons(), "season"), goal,
        Numbers.plural(w.lists(), "list"), Numbers.count(w.days()), Numbers.plural(w.fullMonths(), "month"),
        Numbers.count(w.countedMonths()));
  }

  /** The season's group, fleet and guides, and the file's when they differ. */
  public static String resources(SeasonPlan p) {
    Candidate c = chosenAny(p);
    Candidate f = p.units().get(0).current();
    String chosen = resources(c);
    String file = resources(f);
    return chosen + (chosen.equals(file) ? " (as the file has them)" : " (the file: " + file + ")");
  }

  private static String resources(Candidate c) {
    return c.groupSize() + " places" + (c.overbook() > 0 ? " (+" + c.overbook() + " overbooked)" : "") + ", "
        + Numbers.plural(c.vehicles(), "vehicle") + ", " + Numbers.plural(c.guides(), "guide");
  }

  private static Candidate chosenAny(SeasonPlan p) {
    return p.units().get(0).chosen().candidate();
  }

  /** A unit's timetable and what it changes: "3 tours every weekday, ... (was 1 tour every weekday, ...)". */
  public static String change(SeasonPlan.UnitPlan u) {
    String was = u.current().pattern();
    if (u.unchanged()) {
      return "as written: " + was;
    }
    String now = u.chosen().candidate().pattern();
    return now + (now.equals(was) ? " (the same counts; start times " + (u.chosen().candidate().startsText()
        .equals(u.current().startsText()) ? "as written)" : "changed)") : " (was " + was + ")");
  }

  /** The unit's start times ("no weekly tours" when it has only its dates' extra tours). */
  public static String starts(SeasonPlan.UnitPlan u) {
    String s = u.unchanged() ? u.current().startsText() : u.chosen().candidate().startsText();
    return s.isEmpty() ? "no weekly tours" : s;
  }

  /** A month's confirmation: "0 of 5,989 fresh months breach: ACCEPTED". */
  public static String confirmation(Evaluation.Confirmation c) {
    if (c == null) {
      return "not tested";
    }
    return String.format(Locale.ROOT, "%s of %,d fresh months breach: %s", Numbers.count(c.monthsBreached()),
        c.months(), c.outcome() == org.tourplan.run.SequentialTest.Outcome.ACCEPT ? "ACCEPTED"
            : c.outcome().name());
  }

  /** A month's confirmation in a table cell: "accepted (0 of 5,989 months breach)". */
  public static String confirmationShort(Evaluation.Confirmation c) {
    if (c == null) {
      return "not tested";
    }
    return String.format(Locale.ROOT, "%s (%s of %,d months breach)", c.outcome().name().toLowerCase(Locale.ROOT)
        .replace("accept", "accepted").replace("reject", "rejected"), Numbers.count(c.monthsBreached()), c.months());
  }

  /** A month's confirmation in a page's cell: "accepted (0 of 5,989)". */
  public static String confirmationCell(Evaluation.Confirmation c) {
    if (c == null) {
      return "not tested";
    }
    return String.format(Locale.ROOT, "%s (%s of %,d)", c.outcome().name().toLowerCase(Locale.ROOT)
        .replace("accept", "accepted").replace("reject", "rejected"), Numbers.count(c.monthsBreached()), c.months());
  }

  /** The season's cost against the file's own: "1,903,000 yuan (the file's own season: 1,407,300 yuan; ...)". */
  public static String cost(SeasonPlan p) {
    return p.base().plan().costs().format(p.cost()) + " (" + costAgainst(p) + ")";
  }

  /** "the file's own season: 1,407,300 yuan; +495,700, 35% more". */
  public static String costAgainst(SeasonPlan p) {
    var k = p.base().plan().costs();
    double d = p.cost() - p.currentCost();
    return "the file's own season: " + k.format(p.currentCost()) + "; " + (d == 0 ? "the same"
        : (d > 0 ? "+" : "-") + Numbers.count(Math.abs(d)) + ", " + Numbers.percentRounded(Math.abs(d)
        / p.currentCost()) + (d > 0 ? " more" : " less"));
  }
}
