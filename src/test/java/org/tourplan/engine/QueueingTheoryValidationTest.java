package org.tourplan.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * Validates the engine against exact queueing results. Each check runs 30 independent replications (fixed seeds),
 * each with a discarded warm-up, and asserts that the theoretical value lies inside the 99.9% Student-t interval
 * of the replication means. The models use only {@link Simulator} and {@link Resource}, the same parts the tour
 * model uses.
 */
class QueueingTheoryValidationTest {
  private static final int REPLICATIONS = 30;
  private static final int WARMUP = 20_000;
  private static final int MEASURED = 200_000;
  private static final double T = new TDistribution(null, REPLICATIONS - 1).inverseCumulativeProbability(0.9995);

  /** Replication means of one model: wait in queue, time in system, number in system, Little's difference. */
  private static final class Runs {
    final Tally wq = new Tally();
    final Tally w = new Tally();
    final Tally l = new Tally();
    final Tally littleGap = new Tally();
  }

  private static Runs run(long seed, int servers, Sampler interarrival, Sampler service) {
    QueueModel m = new QueueModel(new Simulator(), servers, interarrival, service);
    Runs runs = new Runs();
    for (int r = 0; r < REPLICATIONS; r++) {
      m.replicate(seed, r, WARMUP, MEASURED);
      runs.wq.add(m.wait.mean());
      runs.w.add(m.sojourn.mean());
      runs.l.add(m.meanNumberInSystem());
      runs.littleGap.add(m.meanNumberInSystem() - m.arrivalRate() * m.sojourn.mean());
    }
    return runs;
  }

  private static void assertInInterval(String what, double theory, Tally means) {
    double half = T * means.sd() / Math.sqrt(means.count());
    double lo = means.mean() - half;
    double hi = means.mean() + half;
    String msg = String.format("%s: theory %.5f, 99.9%% CI [%.5f, %.5f] (mean %.5f)", what, theory, lo, hi,
        means.mean());
    assertTrue(theory >= lo && theory <= hi, msg);
    // also guard against a uselessly wide interval that would pass anything
    assertTrue(half < 0.1 * Math.max(Math.abs(theory), 1), "interval too wide: " + msg);
  }

  /** Erlang C: probability that an arrival waits in an M/M/c queue with offered load a = lambda / mu. */
  static double erlangC(int c, double a) {
    double term = 1;
    double sum = 0;
    for (int k = 0; k < c; k++) {
      sum += term;
      term *= a / (k + 1);
    }
    double top = term * c / (c - a); // a^c / c! * 1 / (1 - rho)
    return top / (sum + top);
  }

  @Test
  void mm1MeanWaitAndLittlesLaw() {
    double lambda = 0.8;
    double mu = 1.0;
    Runs runs = run(101, 1, Samplers.exponential(1 / lambda), Samplers.exponential(1 / mu));
    double rho = lambda / mu;
    double wq = rho / (mu - lambda);
    assertInInterval("M/M/1 Wq", wq, runs.wq);
    assertInInterval("M/M/1 W", wq + 1 / mu, runs.w);
    assertInInterval("M/M/1 L", lambda * (wq + 1 / mu), runs.l);
    assertInInterval("M/M/1 L - lambda W", 0, runs.littleGap);
  }

  @Test
  void mmcMeanWaitByErlangC() {
    int c = 3;
    double mu = 1.0;
    double rho = 0.8;
    double lambda = rho * c * mu;
    assertTrue(Math.abs(erlangC(1, 0.8) - 0.8) < 1e-12, "Erlang C for c = 1 is rho");
    Runs runs = run(202, c, Samplers.exponential(1 / lambda), Samplers.exponential(1 / mu));
    double wq = erlangC(c, lambda / mu) / (c * mu - lambda);
    assertInInterval("M/M/3 Wq", wq, runs.wq);
    assertInInterval("M/M/3 L", lambda * (wq + 1 / mu), runs.l);
    assertInInterval("M/M/3 L - lambda W", 0, runs.littleGap);
  }

  @Test
  void md1MeanWaitByPollaczekKhinchine() {
    double lambda = 0.8;
    double mu = 1.0;
    Runs runs = run(303, 1, Samplers.exponential(1 / lambda), Samplers.constant(1 / mu));
    double rho = lambda / mu;
    double wq = rho / (2 * mu * (1 - rho));
    assertInInterval("M/D/1 Wq", wq, runs.wq);
    assertInInterval("M/D/1 L - lambda W", 0, runs.littleGap);
  }
}
