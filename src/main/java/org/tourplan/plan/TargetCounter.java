package org.tourplan.plan;

import java.util.Arrays;
import org.tourplan.run.Compiler;
import org.tourplan.run.Summary;
import org.tourplan.run.Wilson;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.tour.VisitorCounter;

/**
 * A month's visitors and target counted from check-in draws (exact and cheap, see {@link VisitorCounter}): the
 * first maxReplications months, then doubling while the 95% interval of P(target) straddles the confidence, up to
 * {@link Planner#TARGET_MONTHS_CAP} months. A tour's draws depend on its date and rank, never on its start time, so
 * every timetable with the same tours on each date has the same count: one count serves all the start times the
 * planner designs for a frame. The same months count the persons turned away, which {@code limits.turnedAway} judges.
 */
final class TargetCounter {
  private final Compiler compiler;
  private final int first;
  private long counted;

  TargetCounter(Compiler compiler, int first) {
    this.compiler = compiler;
    this.first = first;
  }

  /** Months counted so far. */
  long counted() {
    return counted;
  }

  /** The target of {@code s} (a month scenario with a target). */
  Evaluation.TargetEstimate count(Scenario s) {
    Target target = s.target();
    Double limit = s.limits().turnedAway();
    int cap = Math.max(first, Planner.TARGET_MONTHS_CAP);
    VisitorCounter counter = new VisitorCounter(compiler.compile(s));
    long[] vp = new long[3];
    double turnedAway = 0;
    double[] visitors = new double[first];
    double placesFirst = 0;
    int met = 0;
    int metFirst = 0;
    int refusing = 0;
    int n = 0;
    int next = first;
    double[] w;
    while (true) {
      if (visitors.length < next) {
        visitors = Arrays.copyOf(visitors, next);
      }
      for (int i = n; i < next; i++) {
        counter.count(i, vp);
        visitors[i] = vp[0];
        if (i < first) {
          placesFirst += vp[1];
          turnedAway += vp[2];
        }
        if (limit != null && vp[2] > limit) {
          refusing++;
        }
        double c = target.unit() == Target.Unit.PLACES ? vp[1] : vp[0];
        if (c >= target.visitorsPerMonth()) {
          met++;
          if (i < first) {
            metFirst++;
          }
        }
      }
      counted += next - n;
      n = next;
      w = Wilson.interval95(met, n);
      boolean straddles = w[0] < target.confidence() && w[1] >= target.confidence();
      if (!straddles || n >= cap) {
        break;
      }
      next = Math.min(2 * n, cap);
    }
    // visitors, places and turned away over the months simulate runs (the first maxReplications): one number per
    // question, whatever more months the probability needed
    Summary v = Summary.of(Arrays.copyOf(visitors, first));
    return new Evaluation.TargetEstimate(n, met, (double) met / n, w[0], w[1], v.mean(), v.ciLow(), v.ciHigh(),
        placesFirst / first, turnedAway / first, first, (double) metFirst / first, refusing);
  }
}
