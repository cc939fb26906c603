package org.tourplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tourplan.run.Breaches;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.ClopperPearson;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.tour.TourSetup;

/**
 * Confirms the search's choice on fresh months, so that "no limit breached" rests on enough of them: the planner's
 * last step before it recommends a candidate (see docs/scenario-format.md, "Confirmation").
 */
final class Confirmer {
  /** First replication of a confirmation: beyond every month the search simulates or counts. */
  static final int CONFIRM_FROM = Planner.TARGET_MONTHS_CAP;
  /** Most fresh months one confirmation simulates (the loader keeps plan.breachBound within what they confirm). */
  static final long CONFIRM_CAP = Bounds.CONFIRM_MONTHS;
  /** Months simulated per call: the confirmation counts breaches and keeps no month, so memory stays flat. */
  static final int CHUNK = 10_000;

  private Confirmer() {
  }

  /**
   * The search's choice checked again on months it never simulated: replications from {@link #CONFIRM_FROM} on,
   * beyond every index the search used (for limits and for counting), until the exact one-sided 95% upper bound of
   * the breach probability is at most {@code plan.breachBound}. With breachTolerance 0, a single breaching month
   * fails it; otherwise it fails once the lower bound passes the breach bound or the cap is reached.
   */
  static Evaluation confirm(Evaluation e, TourSetup setup, PlanSpace space, MonthExecutor executor) {
    Scenario s = setup.scenario();
    Breaches count = new Breaches(s.limits(), setup.layout());
    double bound = space.breachBound();
    long need = ClopperPearson.cleanTrialsFor(bound);
    long cap = need >= CONFIRM_CAP / 20 ? CONFIRM_CAP : 20 * need; // 20 x a huge need once overflowed
    int done = 0;
    int breached = 0;
    int next = (int) Math.min(need, cap);
    double upper;
    boolean passed;
    while (true) {
      for (int from = done; from < next; from += CHUNK) {
        int to = (int) Math.min(next, (long) from + CHUNK);
        count.add(executor.run(setup, CONFIRM_FROM + from, CONFIRM_FROM + to), to - from);
      }
      breached = count.breached();
      done = next;
      upper = ClopperPearson.upper95(breached, done);
      if (space.breachTolerance() == 0 && breached > 0 || ClopperPearson.lower95(breached, done) > bound) {
        passed = false;
        break;
      }
      if (upper <= bound) {
        passed = true;
        break;
      }
      if (done >= cap) {
        passed = false;
        break;
      }
      next = (int) Math.min(2L * done, cap);
    }
    Map<String, Integer> byLimit = count.byLimit();
    Evaluation.Confirmation conf = new Evaluation.Confirmation(CONFIRM_FROM, done, breached, byLimit,
        upper, bound, passed);
    if (passed) {
      return new Evaluation(e.candidate(), e.cost(), e.tours(), e.days(), e.status(), e.reason(), e.target(),
          e.safety(), e.failures(), conf);
    }
    List<String> parts = new ArrayList<>();
    byLimit.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(x -> parts.add(x.getKey() + " in " + x.getValue()));
    String why = String.format(java.util.Locale.ROOT, "confirmation on %,d fresh months: %s", done, breached == 0
        ? String.format(java.util.Locale.ROOT, "the 95%% upper bound of its breach probability stayed at %.4f, "
            + "above the bound %.4f", upper, bound)
        : "breaches " + String.join(", ", parts) + " of them");
    return new Evaluation(e.candidate(), e.cost(), e.tours(), e.days(), Evaluation.Status.LIMIT_BREACHED, why,
        e.target(), e.safety(), List.of("limits: " + why), conf);
  }

}
