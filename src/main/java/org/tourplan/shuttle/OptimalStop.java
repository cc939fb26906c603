package org.tourplan.shuttle;

import com.graphhopper.jsprit.core.algorithm.SearchStrategy;
import com.graphhopper.jsprit.core.algorithm.listener.IterationStartsListener;
import com.graphhopper.jsprit.core.algorithm.termination.PrematureAlgorithmTermination;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import java.util.Arrays;
import java.util.Collection;

/**
 * Ends a jsprit solve as soon as a solution is provably optimal, so that no iteration is spent after the answer is
 * known: every load is assigned and the minutes driven equal a lower bound that no solution can beat.
 *
 * <p>The bound: every load's ride is driven whatever the roster (the sum of the ride times), and every vehicle in use
 * drives from the depot to its first pickup; at least {@code fleetBound} vehicles are in use in any solution that
 * serves every load (the most loads on the road at one moment, {@link ShuttlePlanner#lowerBound}), and their first
 * pickups are distinct loads, so the {@code fleetBound} shortest depot drives over all loads are driven at least.
 * Waiting costs nothing in the model, so nothing else is certain. When the bound is reached, jsprit's search cannot
 * find anything cheaper; stopping there gives the same fleet and an equally short roster in a fraction of the time.
 * The decision depends only on the solutions jsprit produces, so a seeded solve still stops at the same iteration on
 * every run.
 */
final class OptimalStop implements PrematureAlgorithmTermination, IterationStartsListener {
  private static final double EPS = 1e-6;

  private final double[][] travel;
  private final int depot;
  private final double floor;
  private boolean reached;
  private int iterations;

  /**
   * @param travel     minutes between places, by place index (the solve's distance matrix)
   * @param depot      index of the depot
   * @param rideMinutes the ride time of every load to assign
   * @param depotMinutes the drive from the depot to the pickup of every load to assign (same order)
   * @param fleetBound vehicles any complete solution uses at least
   */
  OptimalStop(double[][] travel, int depot, double[] rideMinutes, double[] depotMinutes, int fleetBound) {
    this.travel = travel;
    this.depot = depot;
    this.floor = floor(rideMinutes, depotMinutes, fleetBound);
    this.reached = false;
  }

  /** The fewest minutes any solution serving every load drives (see the class comment). */
  static double floor(double[] rideMinutes, double[] depotMinutes, int fleetBound) {
    double sum = 0;
    for (double r : rideMinutes) {
      sum += r;
    }
    double[] sorted = depotMinutes.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < Math.min(fleetBound, sorted.length); i++) {
      sum += sorted[i];
    }
    return sum;
  }

  /** The lower bound on minutes driven. */
  double floor() {
    return floor;
  }

  /** Iterations jsprit ran before this criterion stopped it (or all of them). */
  int iterations() {
    return iterations;
  }

  @Override
  public void informIterationStarts(int i, VehicleRoutingProblem problem,
                                    Collection<VehicleRoutingProblemSolution> solutions) {
    iterations = i;
    if (i == 1) {
      // the initial solution (jsprit's construction heuristic) may already be optimal
      for (VehicleRoutingProblemSolution s : solutions) {
        reached |= optimal(s);
      }
    }
  }

  @Override
  public boolean isPrematureBreak(SearchStrategy.DiscoveredSolution discovered) {
    if (!reached && discovered != null) {
      reached = optimal(discovered.getSolution());
    }
    return reached;
  }

  private boolean optimal(VehicleRoutingProblemSolution s) {
    return s.getUnassignedJobs().isEmpty() && driven(s) <= floor + EPS;
  }

  /** Minutes the solution drives: from the depot through every activity's place, route by route. */
  private double driven(VehicleRoutingProblemSolution s) {
    double sum = 0;
    for (VehicleRoute route : s.getRoutes()) {
      int at = depot;
      for (TourActivity act : route.getActivities()) {
        int next = ShuttlePlanner.placeOf(act.getLocation().getId());
        sum += travel[at][next];
        at = next;
      }
    }
    return sum;
  }
}
