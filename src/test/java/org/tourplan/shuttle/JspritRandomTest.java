package org.tourplan.shuttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.graphhopper.jsprit.core.util.RandomNumberGeneration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.tourplan.roster.DayPlan;
import org.tourplan.roster.FleetPlan;
import org.tourplan.scenario.Scenario;
import org.tourplan.testing.ScenarioBuilder;
import org.tourplan.testing.Slow;

/**
 * jsprit keeps one process-wide random generator ({@link RandomNumberGeneration}) that some of its components take
 * by default; days are solved in parallel, so a roster that drew from it would depend on which solve drew first.
 * These tests show it cannot: a solve draws nothing from that generator (each of its components is given the solve's
 * own seeded generator), and rosters stay the same while another thread reseeds and drains it all along.
 */
@Slow
class JspritRandomTest {
  private static final LocalDate JULY_7 = LocalDate.of(2025, 7, 7);

  @Test
  void aSolveDrawsNothingFromJspritsProcessWideGenerator() {
    Random global = RandomNumberGeneration.getRandom();
    global.setSeed(12345);
    DayPlan p = ShuttlePlanner.smallestFleet(ShuttlePlannerTest.busyDay(), JULY_7);
    assertTrue(p.iterations() > p.solves(), "a real search, not one stopped at its first solution: "
        + p.iterations() + " iterations in " + p.solves() + " solves");
    assertEquals(new Random(12345).nextLong(), global.nextLong(),
        "the solve drew from or reseeded jsprit's process-wide generator");
  }

  @Test
  void rostersDoNotDependOnWhatOtherThreadsDoWithThatGenerator() throws Exception {
    ScenarioBuilder b = ShuttlePlannerTest.busy();
    b.planIterations = 40; // enough for real choices on every day, few enough to solve the month twice quickly
    Scenario s = b
        .tours(7, "09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00")
        .tours(8, "09:00", "09:20", "09:40", "10:00", "10:20", "10:40")
        .tours(9, "09:10", "09:25", "09:40", "09:55", "10:10", "10:25", "10:40").build();
    FleetPlan quiet = ShuttlePlanner.smallestFleets(s, 1);
    AtomicBoolean stop = new AtomicBoolean();
    Thread noise = new Thread(() -> {
      Random global = RandomNumberGeneration.getRandom();
      for (long i = 0; !stop.get(); i++) {
        global.setSeed(i);
        global.nextDouble();
        RandomNumberGeneration.reset();
        global.nextInt(7);
        Thread.onSpinWait();
      }
    }, "jsprit-generator-noise");
    noise.setDaemon(true);
    noise.start();
    FleetPlan noisy;
    try {
      noisy = ShuttlePlanner.smallestFleets(s, 3);
    } finally {
      stop.set(true);
      noise.join();
    }
    List<DayPlan> solved = quiet.days().stream().filter(d -> d.solves() > 0).toList();
    assertEquals(3, solved.size(), "three distinct days solved, in parallel the second time");
    assertTrue(solved.stream().allMatch(d -> d.iterations() > d.solves()), "real searches on every day");
    assertEquals(rosters(quiet), rosters(noisy));
  }

  private static List<Object> rosters(FleetPlan p) {
    return p.days().stream().map(d -> (Object) List.of(d.date(), d.fleet(), d.rides(), d.vehicles(), d.unserved(),
        d.solves(), d.iterations())).toList();
  }
}
