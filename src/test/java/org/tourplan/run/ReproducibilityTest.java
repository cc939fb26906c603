package org.tourplan.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Shuttles;
import org.tourplan.testing.ScenarioBuilder;
import org.tourplan.tour.TourSetup;

/** Same scenario and seed give identical months whatever the thread count; month i depends only on (seed, i). */
class ReproducibilityTest {
  private static TourSetup randomScenario(long seed, Shuttles.Mode mode) {
    ScenarioBuilder b = new ScenarioBuilder();
    b.seed = seed;
    b.size = 12;
    b.party = new TreeMap<>(Map.of(1, 0.2, 2, 0.3, 3, 0.5));
    b.noShow = 0.1;
    b.zone("showroom", 200, 3, 0, new Distribution.Triangular(15, 20, 30), false, null, null);
    b.zone("line-1", 40, 1, 3, new Distribution.Uniform(5, 9), true, 40.0, 88.0);
    b.zone("line-2", 40, 1, 3, new Distribution.Normal(8, 2), true, 40.0, null);
    b.route("showroom", "line-1", "line-2").leg("showroom", "line-1", 5).leg("line-1", "line-2", 3)
        .leg("line-2", "showroom", 6);
    b.board = new Distribution.Exponential(1.5);
    b.mode = mode;
    b.vehicles = 4;
    b.seats = 14;
    b.guides = 3;
    b.perGuide = 25;
    for (int d = 1; d <= 31; d++) {
      b.tours(d, "09:00", "09:20", "09:40", "11:00", "14:00");
    }
    return new Compiler().compile(b.build());
  }

  @Test
  void threadCountDoesNotChangeAnyNumber() {
    for (Shuttles.Mode mode : Shuttles.Mode.values()) {
      TourSetup setup = randomScenario(7, mode);
      double[][] one = Replications.run(setup, 40, 1, null);
      double[][] two = Replications.run(setup, 40, 2, null);
      double[][] five = Replications.run(setup, 40, 5, null);
      for (int m = 0; m < one.length; m++) {
        assertArrayEquals(one[m], two[m], 0.0, mode + " metric " + setup.layout().metrics().get(m).dotted());
        assertArrayEquals(one[m], five[m], 0.0, mode + " metric " + setup.layout().metrics().get(m).dotted());
      }
    }
  }

  @Test
  void firstMonthsOfALongerRunEqualAShorterRun() {
    TourSetup setup = randomScenario(11, Shuttles.Mode.POOLED);
    double[][] shortRun = Replications.run(setup, 7, 2, null);
    double[][] longRun = Replications.run(setup, 30, 2, null);
    for (int m = 0; m < shortRun.length; m++) {
      assertArrayEquals(shortRun[m], Arrays.copyOf(longRun[m], 7), 0.0);
    }
  }

  @Test
  void anotherSeedGivesOtherMonths() {
    double[][] a = Replications.run(randomScenario(1, Shuttles.Mode.DEDICATED), 5, 1, null);
    double[][] b = Replications.run(randomScenario(2, Shuttles.Mode.DEDICATED), 5, 1, null);
    int visitors = 0; // visitorsPerMonth is the first metric
    assertFalse(Arrays.equals(a[visitors], b[visitors]), "seeds 1 and 2 gave the same visitors every month");
    // and replications differ from each other
    assertFalse(a[visitors][0] == a[visitors][1] && a[visitors][1] == a[visitors][2]);
  }
}
