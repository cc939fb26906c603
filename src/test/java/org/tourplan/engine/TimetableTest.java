package org.tourplan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A timetable gives exactly the order that scheduling its events first with at() gives, ties included. */
class TimetableTest {
  /** Runs a model whose handlers log each event and schedule follow-ups on integer times (many ties). */
  private static List<String> run(long seed, boolean useTimetable) {
    Simulator sim = new Simulator();
    RandomStream r = new RandomStream(seed);
    List<String> log = new ArrayList<>();
    int[] self = new int[3];
    for (int h = 0; h < 3; h++) {
      final int id = h;
      self[h] = sim.register(p -> {
        log.add(sim.now() + ":" + id + ":" + p);
        if (p < 1000 && r.nextInt(3) > 0) {
          sim.after(r.nextInt(4), self[r.nextInt(3)], p + 1000); // delay 0..3: ties with the timetable
        }
      });
    }
    int n = 200;
    double[] times = new double[n];
    int[] targets = new int[n];
    int[] payloads = new int[n];
    double t = 0;
    for (int i = 0; i < n; i++) {
      t += r.nextInt(3); // non-decreasing, with equal times
      times[i] = t;
      targets[i] = self[r.nextInt(3)];
      payloads[i] = i;
    }
    if (useTimetable) {
      sim.timetable(times, targets, payloads, n);
    } else {
      for (int i = 0; i < n; i++) {
        sim.at(times[i], targets[i], payloads[i]);
      }
    }
    sim.run();
    assertFalse(sim.hasPending());
    return log;
  }

  @Test
  void sameOrderAsSchedulingFirst() {
    for (long seed = 1; seed <= 25; seed++) {
      List<String> expected = run(seed, false);
      assertEquals(expected, run(seed, true), "seed " + seed);
      assertTrue(expected.size() > 200);
    }
  }

  @Test
  void resetDropsTheTimetableAndBadInputIsRefused() {
    Simulator sim = new Simulator();
    int target = sim.register(p -> { });
    sim.timetable(new double[] {1, 2}, new int[] {target, target}, new int[] {0, 0}, 2);
    assertEquals(2, sim.pendingCount());
    sim.reset();
    assertFalse(sim.hasPending());
    assertThrows(IllegalArgumentException.class,
        () -> sim.timetable(new double[] {2, 1}, new int[] {target, target}, new int[] {0, 0}, 2));
    assertThrows(IllegalArgumentException.class,
        () -> sim.timetable(new double[] {1}, new int[] {target + 5}, new int[] {0}, 1));
  }
}
