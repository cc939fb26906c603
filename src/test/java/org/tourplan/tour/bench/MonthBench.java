package org.tourplan.tour.bench;

import java.nio.file.Path;
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
import org.tourplan.format.ScenarioLoader;
import org.tourplan.tour.MonthSimulation;
import org.tourplan.tour.TourSetup;

/**
 * Time to simulate one month of a bundled scenario on one thread (BENCHMARKS.md, "whole months"): each call runs
 * the next replication, so the JIT sees the same mix of draws a real run does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonthBench {
  @Param({"scenarios/beijing-ev-tour.yaml"})
  public String scenario;

  private MonthSimulation month;
  private double[] out;
  private int replication;

  @Setup
  public void setUp() throws Exception {
    TourSetup setup = new TourSetup(ScenarioLoader.load(Path.of(scenario)));
    month = new MonthSimulation(setup);
    out = new double[setup.layout().size()];
  }

  @Benchmark
  public double month() {
    month.run(replication++, out);
    return out[0];
  }
}
