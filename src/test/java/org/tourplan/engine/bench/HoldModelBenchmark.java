package org.tourplan.engine.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tourplan.engine.BinaryHeapEventList;
import org.tourplan.engine.EventHandler;
import org.tourplan.engine.EventList;
import org.tourplan.engine.FourAryHeapEventList;
import org.tourplan.engine.RandomStream;
import org.tourplan.engine.Sampler;
import org.tourplan.engine.Samplers;
import org.tourplan.engine.Simulator;

/**
 * The classic hold model: a calendar of 1,000 pending events; each handled event schedules one more at
 * now + Exp(1). Measures events handled per second through the whole {@link Simulator} loop (pop, dispatch,
 * exponential draw, push). One benchmark operation is one event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HoldModelBenchmark {
  static final int EVENTS_PER_OP = 1_000_000;

  @Param({"1000"})
  int pending;

  @Param({"binary", "4-ary"})
  String list;

  private Simulator sim;
  private Hold hold;

  /** The handler: reschedules itself; no allocation per event. */
  static final class Hold implements EventHandler {
    final Simulator sim;
    final RandomStream r = new RandomStream(1);
    final Sampler exp = Samplers.exponential(1);
    int target;
    long budget;

    Hold(Simulator sim) {
      this.sim = sim;
    }

    @Override
    public void handle(int payload) {
      if (--budget >= 0) {
        sim.after(exp.sample(r), target, payload);
      } else {
        sim.stop();
      }
    }
  }

  @Setup
  public void setUp() {
    EventList events = "binary".equals(list) ? new BinaryHeapEventList() : new FourAryHeapEventList();
    sim = new Simulator(events);
    hold = new Hold(sim);
    hold.target = sim.register(hold);
    for (int i = 0; i < pending; i++) {
      sim.after(hold.exp.sample(hold.r), hold.target, i);
    }
  }

  /** Handles one million events with the calendar held at {@code pending} events. */
  @Benchmark
  @OperationsPerInvocation(EVENTS_PER_OP)
  public long hold() {
    hold.budget = EVENTS_PER_OP;
    sim.run(); // stops on the event after the budget; that event is re-added so the calendar size stays fixed
    sim.after(hold.exp.sample(hold.r), hold.target, 0);
    return sim.eventCount();
  }
}
