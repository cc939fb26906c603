package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tourplan.format.Fixtures.BASE;
import static org.tourplan.format.Fixtures.base;
import static org.tourplan.format.Fixtures.loads;
import static org.tourplan.format.Fixtures.refusedAt;

import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;

/** The loader's rules for {@code mode: planned} and {@code shuttles.planIterations}. */
class PlannedModeLoaderTest {
  @Test
  void plannedModeAndIterationsLoad() {
    Scenario s = loads("t.yaml", base("  seats: 30", "  seats: 30\n  mode: planned\n  planIterations: 50"));
    assertEquals(Shuttles.Mode.PLANNED, s.shuttles().mode());
    assertEquals(50, s.shuttles().planIterations());
  }

  @Test
  void iterationsDefaultAndAreAllowedInEveryMode() {
    assertEquals(Shuttles.DEFAULT_PLAN_ITERATIONS, loads("t.yaml", BASE).shuttles().planIterations());
    assertEquals(7, loads("t.yaml", base("  seats: 30", "  seats: 30\n  planIterations: 7")).shuttles()
        .planIterations());
  }

  @Test
  void iterationsMustBeAPositiveWholeNumber() {
    refusedAt(base("  seats: 30", "  seats: 30\n  planIterations: 0"), "shuttles.planIterations",
        "found 0, expected an integer from 1 to 100000");
    refusedAt(base("  seats: 30", "  seats: 30\n  planIterations: 12.5"), "shuttles.planIterations",
        "a whole number");
    refusedAt(base("  seats: 30", "  seats: 30\n  planIterations: 100001"), "shuttles.planIterations",
        "found 100001");
    refusedAt(base("  seats: 30", "  seats: 30\n  planIterations: \"50\""), "shuttles.planIterations");
  }

  @Test
  void unknownShuttleKeysStayErrors() {
    refusedAt(base("  seats: 30", "  seats: 30\n  planIteration: 5"), "shuttles.planIteration",
        "planIterations");
  }

  @Test
  void plannedVehiclesNeedTravelFromTheDepotLikePooledOnes() {
    String planned = BASE.replace("zones:\n", "zones:\n  garage: { capacity: 1, dwell: 0 }\n")
        .replace("  seats: 30", "  seats: 30\n  mode: planned\n  depot: garage")
        .replace("travel:\n", "travel:\n  - { from: showroom, to: garage, minutes: 1, oneWay: true }\n");
    refusedAt(planned, "travel", "no travel path from `garage` to `showroom`", "planned vehicles standing at `garage`");
  }
}
