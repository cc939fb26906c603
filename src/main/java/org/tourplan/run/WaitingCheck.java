package org.tourplan.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.tourplan.scenario.Season;

/**
 * A season's waiting goal ({@code season.waiting}, tourplan extension) judged on its lottery: for each month whose
 * new applicants the goal applies to, the share of them who win a place within the goal's draws, as the mean over
 * the lottery's replications (with its 95% interval), against the goal's share. The one judgement of the goal:
 * {@code tourplan season} prints it and {@code tourplan plan} searches until it holds, on the same replications, so
 * both say the same for the same file.
 *
 * @param goal    the goal
 * @param cohorts the months judged, in order
 * @param met     whether every one reaches the share
 */
public record WaitingCheck(Season.Waiting goal, List<Cohort> cohorts, boolean met) {

  /**
   * One month's new applicants.
   *
   * @param month         the month they first applied
   * @param newApplicants how many
   * @param share         the mean share who win within the goal's draws
   * @param low           its 95% interval over the replications
   * @param high          high end
   * @param met           whether {@code share} is at least the goal's
   */
  public record Cohort(YearMonth month, long newApplicants, double share, double low, double high, boolean met) { }

  /** Copies. */
  public WaitingCheck {
    cohorts = List.copyOf(cohorts);
  }

  /**
   * The goal judged on a lottery run with {@code withinMonths} = the goal's draws.
   *
   * @throws IllegalArgumentException when the lottery did not count the goal's draws
   */
  public static WaitingCheck of(Season.Waiting goal, YearMonth seasonEnd, LotteryResult lottery) {
    if (lottery.withinMonths() != goal.withinMonths()) {
      throw new IllegalArgumentException("the lottery counted wins within " + lottery.withinMonths()
          + " draws, the goal asks " + goal.withinMonths());
    }
    List<YearMonth> judged = goal.cohorts(seasonEnd);
    List<Cohort> out = new ArrayList<>();
    boolean all = true;
    for (LotteryResult.Month m : lottery.months()) {
      if (judged.contains(m.month())) {
        Summary s = m.cohortWinShareWithin();
        boolean ok = s.mean() >= goal.share();
        all &= ok;
        out.add(new Cohort(m.month(), m.newApplicants(), s.mean(), s.ciLow(), s.ciHigh(), ok));
      }
    }
    return new WaitingCheck(goal, out, all);
  }

  /** The month whose new applicants fare worst (the least share), or null when none is judged. */
  public Cohort worst() {
    Cohort w = null;
    for (Cohort c : cohorts) {
      if (w == null || c.share() < w.share()) {
        w = c;
      }
    }
    return w;
  }
}
