package org.tourplan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {

  @Test
  void targetsAreNumberedInRegistrationOrder() {
    Simulator sim = new Simulator();
    for (int i = 0; i < 40; i++) {
      assertEquals(i, sim.register(p -> { }));
    }
    assertEquals(40, sim.handlerCount());
  }

  @Test
  void handlesEventsInTimeOrderAndFifoAmongTies() {
    Simulator sim = new Simulator();
    List<String> log = new ArrayList<>();
    int a = sim.register(p -> log.add("a" + p + "@" + sim.now()));
    int b = sim.register(p -> log.add("b" + p + "@" + sim.now()));
    sim.at(2, a, 1);
    sim.at(1, b, 2);
    sim.at(2, b, 3);
    sim.at(1, a, 4);
    sim.run();
    assertEquals(List.of("b2@1.0", "a4@1.0", "a1@2.0", "b3@2.0"), log);
    assertEquals(4, sim.eventCount());
    assertFalse(sim.hasPending());
    assertEquals(2.0, sim.now());
  }

  @Test
  void anEventScheduledForNowRunsAfterThoseAlreadyDue() {
    Simulator sim = new Simulator();
    List<Integer> log = new ArrayList<>();
    int[] t = new int[1];
    t[0] = sim.register(p -> {
      log.add(p);
      if (p == 0) {
        sim.after(0, t[0], 9);
      }
    });
    sim.at(1, t[0], 0);
    sim.at(1, t[0], 1);
    sim.run();
    assertEquals(List.of(0, 1, 9), log);
  }

  @Test
  void rejectsThePastNegativeDelaysNanAndUnknownTargets() {
    Simulator sim = new Simulator();
    int t = sim.register(p -> { });
    sim.at(5, t, 0);
    sim.run();
    assertThrows(IllegalArgumentException.class, () -> sim.at(4.999, t, 0));
    assertThrows(IllegalArgumentException.class, () -> sim.at(Double.NaN, t, 0));
    assertThrows(IllegalArgumentException.class, () -> sim.after(-1e-9, t, 0));
    assertThrows(IllegalArgumentException.class, () -> sim.after(Double.NaN, t, 0));
    assertThrows(IllegalArgumentException.class, () -> sim.at(6, t + 1, 0));
    assertThrows(IllegalArgumentException.class, () -> sim.at(6, -1, 0));
    sim.at(5, t, 0); // now itself is fine
    sim.after(0, t, 0);
    assertEquals(2, sim.pendingCount());
  }

  @Test
  void runUntilHandlesEventsUpToAndIncludingTheHorizonThenMovesTheClock() {
    Simulator sim = new Simulator();
    List<Double> seen = new ArrayList<>();
    int t = sim.register(p -> seen.add(sim.now()));
    sim.at(1, t, 0);
    sim.at(3, t, 0);
    sim.at(3.5, t, 0);
    sim.runUntil(3);
    assertEquals(List.of(1.0, 3.0), seen);
    assertEquals(3.0, sim.now());
    sim.runUntil(3.2);
    assertEquals(3.2, sim.now(), "clock moves to the horizon when no event is due");
    assertTrue(sim.hasPending());
    sim.runUntil(1); // a horizon in the past does nothing
    assertEquals(3.2, sim.now());
    sim.run();
    assertEquals(3.5, sim.now(), "run() leaves the clock at the last event");
  }

  @Test
  void stopEndsTheRunAfterTheCurrentEventAndRunResumes() {
    Simulator sim = new Simulator();
    int[] t = new int[1];
    t[0] = sim.register(p -> {
      if (p == 3) {
        sim.stop();
      }
    });
    for (int i = 0; i < 6; i++) {
      sim.at(i, t[0], i);
    }
    sim.runUntil(100);
    assertEquals(4, sim.eventCount());
    assertEquals(3.0, sim.now(), "a stopped runUntil keeps the clock at the last event");
    sim.run();
    assertEquals(6, sim.eventCount());
  }

  @Test
  void resetClearsClockEventsAndCountButKeepsHandlers() {
    Simulator sim = new Simulator();
    int[] calls = new int[1];
    int t = sim.register(p -> calls[0]++);
    sim.at(10, t, 0);
    sim.at(20, t, 0);
    sim.runUntil(15);
    sim.reset();
    assertEquals(0.0, sim.now());
    assertEquals(0, sim.eventCount());
    assertFalse(sim.hasPending());
    sim.at(1, t, 0);
    sim.run();
    assertEquals(2, calls[0]);
    assertEquals(1, sim.eventCount());
  }
}
