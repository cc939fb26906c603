package org.tourplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tourplan.run.WaitingCheck;
import org.tourplan.text.Numbers;
import org.tourplan.text.WaitingWords;

/**
 * Why a season's waiting goal binds, and what would make it hold, worked out from the lottery: the share the
 * closest season (or the most places the space allows) gives the worst month's new applicants, the share it would
 * meet, and the fewest draws with which it would.
 */
final class WaitingAdvice {
  private WaitingAdvice() {
  }

  /** The goal fails even with the most places the space allows in every month. */
  static SeasonPlan.Infeasible unreachable(WaitingCheck most, int draws) {
    WaitingCheck.Cohort w = most.worst();
    List<String> binding = List.of(String.format(Locale.ROOT, "the waiting goal cannot be met: even the most "
            + "tours the plan space allows in every month, at its largest group, give only %s of %s's %s new "
            + "applicants a place within %s (95%% CI %s to %s); the goal asks %s",
        Numbers.chance(w.share()), w.month(), Numbers.count(w.newApplicants()),
        WaitingWords.draws(most.goal().withinMonths()),
        Numbers.chance(w.low()), Numbers.chance(w.high()), Numbers.chance(most.goal().share())));
    return new SeasonPlan.Infeasible("waiting", binding, fixes(most, w, draws), most);
  }

  /** Every season that passed the units' checks failed the goal; the closest is {@code closest}. */
  static SeasonPlan.Infeasible closest(WaitingCheck check, SeasonSearch.Season closest, List<SeasonUnit> units,
                                       int draws) {
    WaitingCheck.Cohort w = check.worst();
    List<String> binding = List.of(String.format(Locale.ROOT, "every season whose timetables pass their phases' "
            + "checks fails the waiting goal; the closest, %s, gives %s of %s's new applicants a place within %s "
            + "(95%% CI %s to %s); the goal asks %s", words(closest, units), Numbers.chance(w.share()), w.month(),
        WaitingWords.draws(check.goal().withinMonths()), Numbers.chance(w.low()), Numbers.chance(w.high()),
        Numbers.chance(check.goal().share())));
    return new SeasonPlan.Infeasible("waiting", binding, fixes(check, w, draws), check);
  }

  /** The share those places reach, the draws with which they would reach the goal's, and a wider space. */
  private static List<String> fixes(WaitingCheck check, WaitingCheck.Cohort worst, int draws) {
    List<String> out = new ArrayList<>();
    out.add("ask for at most " + Numbers.chance(Math.floor(worst.share() * 1000) / 1000)
        + " within " + WaitingWords.draws(check.goal().withinMonths())
        + " (season.waiting.share): the places above reach it");
    if (draws > 0) {
      out.add("or allow " + draws + " draws (season.waiting.withinMonths: " + draws + "): with the places above, "
          + Numbers.chance(check.goal().share()) + " of every month judged then win");
    }
    out.add("or widen the plan space (more tours a day in plan.weekdayTours, plan.weekendTours or plan.dayTours, "
        + "a larger plan.groupSize): more places a month shorten every wait");
    return out;
  }

  /** A season in words: its group, fleet and guides, and each unit's timetable. */
  static String words(SeasonSearch.Season s, List<SeasonUnit> units) {
    StringBuilder b = new StringBuilder();
    Candidate.Resources r = s.resources();
    b.append(r.groupSize()).append(" places").append(r.overbook() > 0 ? " (+" + r.overbook() + " overbooked)" : "")
        .append(", ").append(Numbers.plural(r.vehicles(), "vehicle")).append(", ")
        .append(Numbers.plural(r.guides(), "guide"));
    for (SeasonUnit u : units) {
      b.append("; ").append(u.label).append(": ").append(s.frames().get(u.index).pattern());
    }
    return b.toString();
  }
}
