package org.tourplan.lottery.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tourplan.engine.RandomStream;
import org.tourplan.lottery.Lottery;
import org.tourplan.lottery.Outcome;

/**
 * The lottery alone at the sizes of BENCHMARKS.md: 36 months x 50,000 new applicants a month, 1,000 replications
 * per operation, one thread. {@code places} is S_m every month; losers return with probability 0.6.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class LotteryBench {
  @Param({"426", "5000"})
  public long places;

  @Param({"false", "true"})
  public boolean preferencePoints;

  private Lottery lottery;
  private Lottery.Workspace ws;
  private Outcome out;

  @Setup
  public void setUp() {
    long[] s = new long[36];
    Arrays.fill(s, places);
    lottery = new Lottery(s, 50_000, 0, 0.6, preferencePoints);
    ws = lottery.workspace();
    out = new Outcome(36);
  }

  /** 1,000 replications of the 36-month lottery. */
  @Benchmark
  public double thousandReplications() {
    double sum = 0;
    for (int i = 0; i < 1_000; i++) {
      lottery.run(RandomStream.of(1, i, Lottery.SOURCE), ws, out);
      sum += out.poolAtEnd();
    }
    return sum;
  }
}
