package org.tourplan.cluster;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tourplan.run.Compiler;
import org.tourplan.run.LocalExecutor;
import org.tourplan.scenario.ScenarioException;
import org.tourplan.scenario.ScenarioLoader;
import org.tourplan.tour.MonthSimulation;
import org.tourplan.tour.TourSetup;

/**
 * One unit as it travels to a cluster member: the scenario as the YAML text {@link
 * org.tourplan.scenario.ScenarioWriter} writes (validated again by the member's loader), and the month range. The
 * member parses each distinct text once (cached by its hash) and keeps one simulation per text and thread.
 * Returns values[metric][month - from].
 */
final class MonthTask implements Callable<double[][]>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final int CACHED = 32;
  private static final Map<String, TourSetup> SETUPS = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, TourSetup> eldest) {
      return size() > CACHED;
    }
  };
  private static final ThreadLocal<Map<String, MonthSimulation>> SIMS = ThreadLocal.withInitial(
      () -> new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MonthSimulation> eldest) {
          return size() > 4;
        }
      });

  private final String yaml;
  private final String key;
  private final int from;
  private final int to;

  MonthTask(String yaml, String key, int from, int to) {
    this.yaml = yaml;
    this.key = key;
    this.from = from;
    this.to = to;
  }

  @Override
  public double[][] call() {
    TourSetup setup = setup(yaml, key);
    MonthSimulation sim = SIMS.get().computeIfAbsent(key, k -> new MonthSimulation(setup));
    return LocalExecutor.simulate(sim, setup, from, to);
  }

  /** The parsed scenario of a text, from the member's cache. */
  static TourSetup setup(String yaml, String key) {
    synchronized (SETUPS) {
      TourSetup s = SETUPS.get(key);
      if (s != null) {
        return s;
      }
    }
    TourSetup s;
    try {
      s = new Compiler().compile(ScenarioLoader.parse("unit.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    } catch (ScenarioException e) {
      throw new IllegalStateException("a member could not read the scenario it was sent: " + e.getMessage(), e);
    }
    synchronized (SETUPS) {
      SETUPS.putIfAbsent(key, s);
      return SETUPS.get(key);
    }
  }

  /** Asks a member how many cores it has: how many units it gets at once. */
  static final class Cores implements Callable<Integer>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Integer call() {
      return Runtime.getRuntime().availableProcessors();
    }
  }
}
