package org.tourplan.shuttle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.roster.DayPlan;
import org.tourplan.roster.DayType;
import org.tourplan.roster.FleetPlan;
import org.tourplan.roster.VehicleRoster;

/**
 * What makes the shuttle solves fast: the early stop at a provably optimal roster, dates with identical rides
 * solved once, and distinct dates solved in parallel without changing any plan.
 */
class SolveShortcutsTest {
  @Test
  void theDrivingFloorIsTheRidesPlusTheShortestFirstDrivesOfTheFleetBound() {
    // rides 4 + 2 + 3 + 5 = 14; depot drives 0, 7, 1, 9: two vehicles at least drive 0 + 1 more
    assertEquals(15.0, OptimalStop.floor(new double[] {4, 2, 3, 5}, new double[] {0, 7, 1, 9}, 2), 0.0);
    // a fleet bound above the loads counts every first drive once
    assertEquals(31.0, OptimalStop.floor(new double[] {4, 2, 3, 5}, new double[] {0, 7, 1, 9}, 9), 0.0);
    assertEquals(14.0, OptimalStop.floor(new double[] {4, 2, 3, 5}, new double[] {0, 7, 1, 9}, 0), 0.0);
  }

  @Test
  void theDefaultScenarioStopsAtItsOptimumAndSolvesEachKindOfDayOnce() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour.yaml"));
    FleetPlan one = ShuttlePlanner.smallestFleets(s, 1);
    FleetPlan two = ShuttlePlanner.smallestFleets(s, 2);
    // the same plans whatever the thread count (solve times aside)
    assertEquals(strip(one), strip(two));
    // 23 weekdays share one solve, 8 weekend days another
    assertEquals(2, one.days().stream().filter(d -> d.solves() > 0).count());
    for (DayPlan d : one.days()) {
      assertEquals(2, d.fleet(), d.date().toString()); // 18 persons at most: two 13-seat shuttles
      // the depot is the first pickup and each vehicle stays with one group: nothing driven empty is the floor,
      // reached by jsprit's first solution, so the solve ends after one iteration instead of 500
      assertEquals(d.solves() > 0 ? 1 : 0, d.iterations(), d.date().toString());
      assertEquals(0.0, d.vehicles().stream().mapToDouble(VehicleRoster::emptyMinutes).sum(), 0.0);
    }
    List<DayType> types = DayType.of(one.days());
    assertEquals(2, types.size());
    assertEquals("Mon-Fri", types.get(0).label());
    assertEquals(23, types.get(0).dates().size());
    assertEquals("Sat, Sun", types.get(1).label());
  }

  private static List<Object> strip(FleetPlan p) {
    return p.days().stream().map(d -> (Object) List.of(d.date(), d.fleet(), d.lowerBound(), d.rides(),
        d.vehicles(), d.unserved(), d.solves(), d.iterations())).toList();
  }
}
