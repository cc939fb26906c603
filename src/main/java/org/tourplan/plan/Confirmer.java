package org.tourplan.plan;

import java.util.List;
import java.util.Locale;
import org.tourplan.verdict.Breaches;
import org.tourplan.run.ClopperPearson;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.SequentialTest;
import org.tourplan.scenario.Bounds;
import org.tourplan.tour.TourSetup;

/**
 * Tests the chance constraint of a candidate the search chose on fresh months, so that "a month breaches a limit
 * with probability at most breachBound" rests on months the search never used: the planner's last step before it
 * recommends (see docs/scenario-format.md, "Confirmation"). Full months, every limit turnedAway included: the
 * contract's truth, whatever the search judged on days.
 */
final class Confirmer {
  /** First replication of a confirmation: beyond every month the search simulates or counts. */
  static final int CONFIRM_FROM = Planner.TARGET_MONTHS_CAP;
  /** Months simulated per call: the confirmation counts breaches and keeps no month, so memory stays flat. */
  static final int CHUNK = 10_000;

  private Confirmer() {
  }

  /** The sequential test of a plan's bound (the one every confirmation of the plan runs), at 5%. */
  static SequentialTest test(double bound) {
    return test(bound, SequentialTest.ALPHA);
  }

  /**
   * The sequential test of a plan's bound with each error at most {@code alpha}.
   *
   * @throws org.tourplan.scenario.WorkLimitException when its first accepting look needs more months than the cap
   */
  static SequentialTest test(double bound, double alpha) {
    try {
      return new SequentialTest(bound, Bounds.CONFIRM_MONTHS, alpha);
    } catch (IllegalArgumentException e) {
      throw new org.tourplan.scenario.WorkLimitException("plan.breachBound " + bound + " tested at "
          + MonthBreach.percent(alpha) + " error for each month needs more than " + Bounds.n(Bounds.CONFIRM_MONTHS)
          + " fresh months at its first accepting look; expected a larger plan.breachBound (or fewer months in "
          + "the season)");
    }
  }

  /**
   * Months from {@link #CONFIRM_FROM} on, look by look, until the test accepts, rejects or reaches its last look.
   *
   * @param months counts the months simulated
   * @param kept   keeps every month's values (for the diagnosis: a changed limit judged on the same months), or null
   */
  static Evaluation.Confirmation confirm(TourSetup setup, SequentialTest test, MonthExecutor executor,
                                         long[] months, KeptMonths kept) {
    Breaches count = new Breaches(setup.scenario().limits(), setup.layout());
    long[] looks = test.looks();
    int done = 0;
    SequentialTest.Outcome outcome = SequentialTest.Outcome.CONTINUE;
    int look = 0;
    for (; look < looks.length; look++) {
      int next = (int) looks[look];
      // in chunks: the months between two late looks once came in one call, more than the heap holds
      for (int from = done; from < next; from += CHUNK) {
        int to = Math.min(next, from + CHUNK);
        double[][] batch = executor.run(setup, CONFIRM_FROM + from, CONFIRM_FROM + to);
        count.add(batch, to - from);
        if (kept != null) {
          kept.add(batch, to - from);
        }
      }
      months[0] += next - done;
      done = next;
      outcome = test.decide(look, count.breached());
      if (outcome != SequentialTest.Outcome.CONTINUE) {
        break;
      }
    }
    int k = count.breached();
    double[] ci = ClopperPearson.interval95(k, done);
    return new Evaluation.Confirmation(CONFIRM_FROM, done, k, count.byLimit(), (double) k / done, ci[0], ci[1],
        test.bound(), outcome, Math.min(look, looks.length - 1) + 1, looks.length);
  }

  /**
   * A screened candidate's chance constraint tested on fresh months of every month of the plan (one compiled setup
   * each); it comes back with the confirmation of the month that did worst and, when that was not accepted, as
   * rejected or undecided.
   *
   * @param kept receives each month's kept months, in the order of {@code setups} (null: none kept)
   */
  static Evaluation confirm(Evaluation e, List<TourSetup> setups, SequentialTest test, MonthExecutor executor,
                            long[] months, List<KeptMonths> kept) {
    return worst(e, confirmEach(setups, test, executor, months, kept), test);
  }

  /**
   * Every month's confirmation, in order (each month tested on its own fresh months).
   *
   * @param kept receives each month's kept months, in the order of {@code setups} (null: none kept)
   */
  static List<Evaluation.Confirmation> confirmEach(List<TourSetup> setups, SequentialTest test,
                                                   MonthExecutor executor, long[] months, List<KeptMonths> kept) {
    List<Evaluation.Confirmation> out = new java.util.ArrayList<>();
    for (TourSetup setup : setups) {
      KeptMonths k = kept == null ? null : new KeptMonths(setup);
      if (k != null) {
        kept.add(k);
      }
      out.add(confirm(setup, test, executor, months, k));
    }
    return List.copyOf(out);
  }

  /**
   * The candidate with the confirmation of the month that did worst and, when that was not accepted, rejected or
   * undecided.
   */
  static Evaluation worst(Evaluation e, List<Evaluation.Confirmation> each, SequentialTest test) {
    Evaluation.Confirmation worst = null;
    for (Evaluation.Confirmation c : each) {
      boolean worse = !c.passed() && worst != null && worst.passed()
          || worst != null && c.estimate() > worst.estimate() && c.passed() == worst.passed();
      if (worst == null || worse) {
        worst = c;
      }
    }
    Evaluation.Status status = e.status();
    String reason = e.reason();
    List<String> failures = e.failures();
    if (!worst.passed()) {
      String what = breached(worst.byLimit(), worst.monthsBreached()) + String.format(Locale.ROOT,
          " in %,d of %,d fresh months (%s, 95%% CI %s to %s)", worst.monthsBreached(), worst.months(),
          MonthBreach.percent(worst.estimate()), MonthBreach.percent(worst.low()), MonthBreach.percent(worst.high()));
      status = worst.outcome() == SequentialTest.Outcome.REJECT ? Evaluation.Status.LIMIT_BREACHED
          : Evaluation.Status.UNDECIDED;
      reason = worst.outcome() == SequentialTest.Outcome.REJECT
          ? what + ": above the bound " + MonthBreach.percent(test.bound()) + " with 95% confidence"
          : what + ": still undecided against the bound " + MonthBreach.percent(test.bound()) + " after the test's last look";
      failures = List.of("confirmation: " + reason);
    }
    return new Evaluation(e.candidate(), e.cost(), e.tours(), e.days(), status, reason, e.target(), e.safety(),
        failures, worst, e.screening());
  }

  /**
   * Which limits the breaching months breached: "limits.maxTourMinutes breached" when one did, "limits breached
   * (maxTourMinutes 27, blackouts 3 months)" when several did (a month may breach more than one).
   */
  static String breached(java.util.Map<String, Integer> byLimit, int months) {
    if (byLimit.size() == 1) {
      return "limits." + byLimit.keySet().iterator().next() + " breached";
    }
    return byLimit.isEmpty() ? "limits breached" : "limits breached (" + limits(byLimit) + " months)";
  }

  /** The limits breached and their months, in the order of the file's limits: "maxTourMinutes 27, blackouts 3". */
  static String limits(java.util.Map<String, Integer> byLimit) {
    List<String> parts = new java.util.ArrayList<>();
    for (org.tourplan.scenario.LimitKind k : org.tourplan.scenario.LimitKind.values()) {
      Integer n = byLimit.get(k.key());
      if (n != null) {
        parts.add(k.key() + " " + String.format(Locale.ROOT, "%,d", n));
      }
    }
    return String.join(", ", parts);
  }
}
