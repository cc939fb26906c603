package org.tourplan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateTest {
  private static final double DAY = 1440;
  private final Simulator sim = new Simulator();
  /** entries as "payload@time". */
  private final List<String> entered = new ArrayList<>();
  private final int who = sim.register(p -> entered.add(p + "@" + fmt(sim.now())));

  private static String fmt(double t) {
    return t == Math.rint(t) ? Long.toString((long) t) : Double.toString(t);
  }

  /** Schedules a call at an absolute time through a throwaway handler. */
  private void atTime(double time, Runnable r) {
    int t = sim.register(p -> r.run());
    sim.at(time, t, 0);
  }

  @Test
  void admitsSynchronouslyWhenEverythingAllows() {
    Gate g = new Gate(sim, 10, Integer.MAX_VALUE, 0, PeriodicWindows.NONE);
    g.request(4, who, 1);
    assertEquals(List.of("1@0"), entered);
    assertEquals(4, g.occupancy());
    assertEquals(1, g.count());
    assertEquals(0.0, g.lastEntry());
  }

  @Test
  void capacityBlocksTheHeadAndTheHeadBlocksEveryoneBehind() {
    Gate g = new Gate(sim, 10, Integer.MAX_VALUE, 0, PeriodicWindows.NONE);
    g.request(8, who, 1);
    g.request(5, who, 2); // does not fit
    g.request(1, who, 3); // would fit, but strict FIFO
    assertEquals(List.of("1@0"), entered);
    assertEquals(2, g.queueLength());
    atTime(5, () -> g.leave(8));
    sim.run();
    assertEquals(List.of("1@0", "2@5", "3@5"), entered);
    assertEquals(6, g.occupancy());
    assertEquals(2, g.count());
  }

  @Test
  void maxCountLimitsEntriesRegardlessOfUnits() {
    Gate g = new Gate(sim, 100, 2, 0, PeriodicWindows.NONE);
    g.request(1, who, 1);
    g.request(1, who, 2);
    g.request(1, who, 3);
    assertEquals(List.of("1@0", "2@0"), entered);
    atTime(3, () -> g.leave(1));
    sim.run();
    assertEquals(List.of("1@0", "2@0", "3@3"), entered);
    assertEquals(2, g.count());
  }

  @Test
  void headwaySpacesEntriesWithOneWakeUpEach() {
    Gate g = new Gate(sim, 100, Integer.MAX_VALUE, 10, PeriodicWindows.NONE);
    for (int i = 1; i <= 4; i++) {
      g.request(1, who, i);
    }
    assertEquals(List.of("1@0"), entered);
    assertEquals(1, sim.pendingCount(), "one wake-up, not one per waiting request");
    atTime(3, () -> g.request(1, who, 5)); // joins the queue; no extra wake-up needed
    sim.run();
    assertEquals(List.of("1@0", "2@10", "3@20", "4@30", "5@40"), entered);
    // 4 wake-ups plus the helper event
    assertEquals(5, sim.eventCount());
  }

  @Test
  void headwayCountsFromTheLastEntryNotFromTheRequest() {
    Gate g = new Gate(sim, 100, Integer.MAX_VALUE, 10, PeriodicWindows.NONE);
    g.request(1, who, 1);
    atTime(4, () -> g.request(1, who, 2));
    atTime(25, () -> g.request(1, who, 3));
    sim.run();
    assertEquals(List.of("1@0", "2@10", "3@25"), entered);
  }

  @Test
  void closedWindowHoldsTheQueueUntilItEnds() {
    PeriodicWindows lunch = new PeriodicWindows(DAY, new double[] {720}, new double[] {780});
    Gate g = new Gate(sim, 100, Integer.MAX_VALUE, 0, lunch);
    atTime(700, () -> g.request(1, who, 1));
    atTime(730, () -> g.request(1, who, 2));
    atTime(740, () -> g.request(1, who, 3));
    sim.run();
    assertEquals(List.of("1@700", "2@780", "3@780"), entered);
  }

  @Test
  void closedWindowWrapsPastMidnight() {
    PeriodicWindows night = new PeriodicWindows(DAY, new double[] {1320}, new double[] {360});
    Gate g = new Gate(sim, 100, Integer.MAX_VALUE, 0, night);
    g.request(1, who, 0); // at time 0, inside the night
    atTime(1300, () -> g.request(1, who, 1));
    atTime(1330, () -> g.request(1, who, 2));
    sim.run();
    assertEquals(List.of("0@360", "1@1300", "2@1800"), entered);
  }

  @Test
  void headwayAndWindowTogetherWaitForTheEarliestTimeBothAllow() {
    PeriodicWindows w = new PeriodicWindows(DAY, new double[] {105}, new double[] {130});
    Gate g = new Gate(sim, 100, Integer.MAX_VALUE, 10, w);
    atTime(100, () -> {
      g.request(1, who, 1);
      g.request(1, who, 2); // headway says 110, window says 130
      g.request(1, who, 3); // then 140
    });
    sim.run();
    assertEquals(List.of("1@100", "2@130", "3@140"), entered);
  }

  @Test
  void capacityBlockedHeadIsNotOvertakenWhenTimeRulesWouldAllowOthers() {
    Gate g = new Gate(sim, 5, Integer.MAX_VALUE, 2, PeriodicWindows.NONE);
    g.request(4, who, 1);
    g.request(3, who, 2); // waits for capacity
    g.request(1, who, 3); // fits now and headway passes at 2, but must wait behind 2
    atTime(50, () -> g.leave(4));
    sim.run();
    assertEquals(List.of("1@0", "2@50", "3@52"), entered);
  }

  @Test
  void staleWakeUpsAreHarmless() {
    Gate g = new Gate(sim, 1, Integer.MAX_VALUE, 10, PeriodicWindows.NONE);
    g.request(1, who, 1);
    g.request(1, who, 2); // waits for headway (wake-up at 10) and capacity
    sim.run(); // wake-up at 10 finds capacity still full
    assertEquals(List.of("1@0"), entered);
    atTime(20, () -> g.leave(1));
    sim.run();
    assertEquals(List.of("1@0", "2@20"), entered);
  }

  @Test
  void resetForgetsEverythingAndWorksAfterASimulatorReset() {
    Gate g = new Gate(sim, 10, 3, 10, PeriodicWindows.NONE);
    atTime(500, () -> {
      g.request(2, who, 1);
      g.request(2, who, 2); // a wake-up is pending at 510
    });
    sim.runUntil(505);
    sim.reset();
    g.reset();
    entered.clear();
    assertEquals(Double.NEGATIVE_INFINITY, g.lastEntry());
    g.request(2, who, 7);
    g.request(2, who, 8);
    sim.run();
    assertEquals(List.of("7@0", "8@10"), entered);
  }

  @Test
  void validatesArguments() {
    Gate g = new Gate(sim, 5, 2, 0, PeriodicWindows.NONE);
    assertThrows(IllegalArgumentException.class, () -> g.request(6, who, 0));
    assertThrows(IllegalArgumentException.class, () -> g.request(-1, who, 0));
    assertThrows(IllegalStateException.class, () -> g.leave(1));
    assertThrows(IllegalArgumentException.class, () -> new Gate(sim, 5, 0, 0, PeriodicWindows.NONE));
    assertThrows(IllegalArgumentException.class, () -> new Gate(sim, 5, 1, -1, PeriodicWindows.NONE));
  }
}
