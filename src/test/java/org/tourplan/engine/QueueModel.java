package org.tourplan.engine;

/**
 * A FIFO multi-server queue (G/G/c) built only on {@link Simulator} and {@link Resource}, used to validate the
 * engine against queueing theory and to benchmark it. One instance is reused across replications: {@link
 * #replicate} resets everything and reseeds the streams, allocating nothing after the first run.
 *
 * <p>Customers 0 .. warmup-1 are discarded; customers warmup .. warmup+measured-1 are measured. The number in
 * system is time-averaged from the arrival of the first measured customer to the arrival of the one after the
 * last, and the arrival rate is measured over the same window, for Little's law.
 */
final class QueueModel {
  private static final int ARRIVE = 0;

  final Simulator sim;
  private final Resource servers;
  private final Sampler interarrival;
  private final Sampler service;
  private final RandomStream arrivals = new RandomStream(0);
  private final RandomStream services = new RandomStream(0);
  private final int arriveTarget;
  private final int startTarget;
  private final int departTarget;
  private double[] arrivalTime = new double[0];
  private int warmup;
  private int measured;
  private int nextId;
  private int inSystem;
  private final TimeWeighted number = new TimeWeighted(0, 0);
  private double windowStart;
  private double windowEnd;
  private double windowArea;

  /** Mean wait in queue of the measured customers. */
  final Tally wait = new Tally();
  /** Mean time in system of the measured customers. */
  final Tally sojourn = new Tally();

  QueueModel(Simulator sim, int servers, Sampler interarrival, Sampler service) {
    this.sim = sim;
    this.servers = new Resource(sim, servers);
    this.interarrival = interarrival;
    this.service = service;
    this.arriveTarget = sim.register(this::arrive);
    this.startTarget = sim.register(this::start);
    this.departTarget = sim.register(this::depart);
  }

  /** Runs one replication to the end (all measured customers departed). */
  void replicate(long seed, long replication, int warmup, int measured) {
    this.warmup = warmup;
    this.measured = measured;
    int total = warmup + measured + 1;
    if (arrivalTime.length < total) {
      arrivalTime = new double[total];
    }
    sim.reset();
    servers.reset();
    arrivals.reseed(RandomStream.mix(seed, replication, "arrivals"));
    services.reseed(RandomStream.mix(seed, replication, "services"));
    wait.reset();
    sojourn.reset();
    number.reset(0, 0);
    nextId = 0;
    inSystem = 0;
    windowStart = Double.NaN;
    windowEnd = Double.NaN;
    sim.after(interarrival.sample(arrivals), arriveTarget, ARRIVE);
    sim.run();
  }

  /** Time-average number in system over the measurement window. */
  double meanNumberInSystem() {
    return windowArea / (windowEnd - windowStart);
  }

  /** Arrivals per time unit over the measurement window. */
  double arrivalRate() {
    return measured / (windowEnd - windowStart);
  }

  private void arrive(int ignored) {
    double now = sim.now();
    int id = nextId++;
    if (id == warmup) {
      windowStart = now;
      number.reset(now, inSystem);
    }
    if (id == warmup + measured) {
      windowEnd = now;
      windowArea = number.area(now);
      return; // marks the end of the window; no more customers
    }
    arrivalTime[id] = now;
    inSystem++;
    number.set(now, inSystem);
    sim.after(interarrival.sample(arrivals), arriveTarget, ARRIVE);
    servers.request(1, startTarget, id);
  }

  private void start(int id) {
    double now = sim.now();
    if (id >= warmup) {
      wait.add(now - arrivalTime[id]);
    }
    sim.after(service.sample(services), departTarget, id);
  }

  private void depart(int id) {
    double now = sim.now();
    if (id >= warmup) {
      sojourn.add(now - arrivalTime[id]);
    }
    inSystem--;
    number.set(now, inSystem);
    servers.release(1);
  }
}
