package org.tourplan.engine.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tourplan.engine.EventHandler;
import org.tourplan.engine.RandomStream;
import org.tourplan.engine.Resource;
import org.tourplan.engine.Sampler;
import org.tourplan.engine.Samplers;
import org.tourplan.engine.Simulator;
import org.tourplan.engine.Tally;

/**
 * An M/M/1 queue at rho = 0.9 (lambda 0.9, mu 1) on {@link Simulator} + {@link Resource}, with the wait of every
 * customer tallied, like SSJ's QueueEv example. One benchmark operation is one customer served; each replication
 * serves one million customers from an empty system.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MM1Benchmark {
  static final int CUSTOMERS = 1_000_000;

  private Queue queue;

  /** Arrival, service start and departure handlers over per-customer arrays indexed by the payload. */
  static final class Queue {
    final Simulator sim = new Simulator();
    final Resource server = new Resource(sim, 1);
    final RandomStream arrivals = new RandomStream(0);
    final RandomStream services = new RandomStream(0);
    final Sampler interarrival = Samplers.exponential(1 / 0.9);
    final Sampler service = Samplers.exponential(1.0);
    final double[] arrivalTime = new double[CUSTOMERS];
    final Tally waits = new Tally();
    final int arrive;
    final int start;
    final int depart;
    int next;
    long replication;

    Queue() {
      arrive = sim.register(new EventHandler() {
        @Override
        public void handle(int ignored) {
          int id = next++;
          arrivalTime[id] = sim.now();
          if (next < CUSTOMERS) {
            sim.after(interarrival.sample(arrivals), arrive, 0);
          }
          server.request(1, start, id);
        }
      });
      start = sim.register(new EventHandler() {
        @Override
        public void handle(int id) {
          waits.add(sim.now() - arrivalTime[id]);
          sim.after(service.sample(services), depart, id);
        }
      });
      depart = sim.register(new EventHandler() {
        @Override
        public void handle(int id) {
          server.release(1);
        }
      });
    }

    double run() {
      sim.reset();
      server.reset();
      waits.reset();
      next = 0;
      replication++;
      arrivals.reseed(RandomStream.mix(1, replication, "arrivals"));
      services.reseed(RandomStream.mix(1, replication, "services"));
      sim.after(interarrival.sample(arrivals), arrive, 0);
      sim.run();
      return waits.mean();
    }
  }

  @Setup
  public void setUp() {
    queue = new Queue();
  }

  /** Serves one million customers. */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public double mm1() {
    return queue.run();
  }
}
