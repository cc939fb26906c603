package org.tourplan.run;

import java.util.HashMap;
import java.util.Map;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.roster.FleetPlan;
import org.tourplan.shuttle.ShuttlePlanner;
import org.tourplan.tour.TourSetup;

/**
 * Compiles scenarios into the form the simulation runs ({@link TourSetup}), once per command: one compiler lives as
 * long as one command (or one cluster member's cache) and hands the same setup back when the same scenario is asked
 * for again, whatever its replication count (the months do not depend on it). In planned shuttle mode it first asks
 * shuttle planning (jsprit) for the rosters of the scenario's fleet and hands them, as plain data, to the tour
 * model: the solve runs here, where planned mode is asked for, and nowhere else.
 *
 * <p>Not a process-wide cache: what a compiler holds goes with it. Not thread-safe (commands compile on their own
 * thread; executors only read setups).
 */
public final class Compiler {
  private final Map<Scenario, TourSetup> compiled = new HashMap<>();
  private int count;

  /**
   * The scenario compiled (or the setup already compiled for it: equal in everything but its replication count).
   * Run the scenario's own months with {@code scenario.replications()}, not {@code setup.scenario()}'s.
   */
  public TourSetup compile(Scenario s) {
    return compile(s, null);
  }

  /**
   * As {@link #compile(Scenario)}, with the rosters of the scenario's fleet when the caller already has them (a
   * planned-mode run of a file whose rosters were planned for its report); null: planned here when needed.
   */
  public TourSetup compile(Scenario s, FleetPlan rosters) {
    Scenario key = s.withRun(s.seed(), 1);
    TourSetup setup = compiled.get(key);
    if (setup == null) {
      FleetPlan plan = null;
      if (s.shuttles().mode() == Shuttles.Mode.PLANNED) {
        plan = rosters != null ? rosters : ShuttlePlanner.forFleet(s, s.shuttles().vehicles());
      }
      setup = new TourSetup(s, plan);
      count++;
      compiled.put(key, setup);
    }
    return setup;
  }

  /** Scenarios compiled so far (each once, however often it was asked for). */
  public int count() {
    return count;
  }
}
