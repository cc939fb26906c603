package org.tourplan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PeriodicWindowsTest {
  private static final double DAY = 1440;

  private static PeriodicWindows w(double period, double... fromTo) {
    double[] from = new double[fromTo.length / 2];
    double[] to = new double[fromTo.length / 2];
    for (int i = 0; i < from.length; i++) {
      from[i] = fromTo[2 * i];
      to[i] = fromTo[2 * i + 1];
    }
    return new PeriodicWindows(period, from, to);
  }

  @Test
  void noneContainsNothing() {
    PeriodicWindows n = PeriodicWindows.NONE;
    assertFalse(n.contains(0));
    assertFalse(n.contains(123.4));
    assertEquals(77.0, n.nextOutside(77));
    assertEquals(0, n.openingsStrictlyInside(-1e9, 1e9));
    assertEquals(Double.POSITIVE_INFINITY, n.nextOpening(5));
  }

  @Test
  void windowIsClosedAtStartOpenAtEndAndRepeats() {
    PeriodicWindows lunch = w(DAY, 720, 780);
    assertFalse(lunch.contains(719.999));
    assertTrue(lunch.contains(720));
    assertTrue(lunch.contains(779.999));
    assertFalse(lunch.contains(780));
    assertTrue(lunch.contains(720 + 3 * DAY));
    assertTrue(lunch.contains(720 - DAY));
    assertEquals(780.0, lunch.nextOutside(720));
    assertEquals(780.0 + 5 * DAY, lunch.nextOutside(750 + 5 * DAY));
    assertEquals(100.0, lunch.nextOutside(100));
    assertEquals(780.0, lunch.nextOutside(780));
  }

  @Test
  void windowWrapsPastMidnight() {
    PeriodicWindows night = w(DAY, 1320, 360); // 22:00 to 06:00
    assertTrue(night.contains(1320));
    assertTrue(night.contains(1439.9));
    assertTrue(night.contains(0));
    assertTrue(night.contains(DAY));
    assertTrue(night.contains(359.9));
    assertFalse(night.contains(360));
    assertFalse(night.contains(1319.9));
    assertEquals(360.0 + DAY, night.nextOutside(1400));
    assertEquals(360.0 + DAY, night.nextOutside(DAY + 10));
    assertEquals(360.0, night.nextOutside(0));
    assertEquals(1320.0, night.nextOpening(400));
    assertEquals(1320.0, night.nextOpening(1320), "a start exactly at t counts");
    assertEquals(1320.0 + DAY, night.nextOpening(1320.5));
  }

  @Test
  void overlappingAndAdjacentWindowsChain() {
    PeriodicWindows p = w(DAY, 100, 200, 150, 300, 300, 400, 1000, 1100);
    assertEquals(400.0, p.nextOutside(120));
    assertEquals(400.0, p.nextOutside(300));
    assertTrue(p.contains(299.99));
    assertTrue(p.contains(300));
    assertEquals(1100.0, p.nextOutside(1000));
    assertEquals(500.0, p.nextOutside(500));
    // a chain that crosses midnight
    PeriodicWindows q = w(DAY, 1400, 1440, 0, 30, 30, 60);
    assertEquals(60.0 + DAY, q.nextOutside(1410));
    assertTrue(q.contains(DAY));
  }

  @Test
  void windowAtThePeriodBoundaryIsFine() {
    PeriodicWindows p = w(DAY, 1380, 1440);
    assertTrue(p.contains(1439.99));
    assertFalse(p.contains(1440));
    assertEquals(1440.0, p.nextOutside(1400));
    PeriodicWindows q = w(DAY, 1440, 60); // starts at the period's end = next day's start
    assertTrue(q.contains(0));
    assertTrue(q.contains(30 + DAY));
    assertFalse(q.contains(60));
  }

  @Test
  void openingsStrictlyInsideCountsStartsOfEveryRepetition() {
    PeriodicWindows p = w(DAY, 720, 780, 1320, 360);
    assertEquals(0, p.openingsStrictlyInside(720, 1320), "ends are exclusive");
    assertEquals(1, p.openingsStrictlyInside(719.9, 1320));
    assertEquals(2, p.openingsStrictlyInside(719.9, 1320.1));
    assertEquals(6, p.openingsStrictlyInside(0, 3 * DAY));
    assertEquals(0, p.openingsStrictlyInside(800, 800));
    assertEquals(0, p.openingsStrictlyInside(900, 800));
    assertEquals(2, p.openingsStrictlyInside(-DAY, 0));
  }

  @Test
  void nextOutsideIsExactlyOutsideEvenWithUnroundedNumbers() {
    PeriodicWindows p = w(0.7, 0.1, 0.3, 0.6, 0.05);
    Random rnd = new Random(3);
    for (int i = 0; i < 100_000; i++) {
      double t = rnd.nextDouble() * 1e5;
      double o = p.nextOutside(t);
      assertTrue(o >= t);
      assertFalse(p.contains(o), () -> "nextOutside(" + t + ") = " + o + " is inside");
      assertEquals(o, p.nextOutside(o));
      double s = p.nextOpening(t);
      assertTrue(s >= t && p.contains(s));
    }
  }

  @Test
  void agreesWithABruteForceScanOnAGrid() {
    PeriodicWindows p = w(100, 10, 20, 15, 25, 90, 5, 50, 51);
    for (int t = -300; t <= 300; t++) {
      int m = Math.floorMod(t, 100);
      boolean inside = (m >= 10 && m < 25) || m >= 90 || m < 5 || m == 50;
      assertEquals(inside, p.contains(t), "t=" + t);
      int next = t;
      while (true) {
        int mm = Math.floorMod(next, 100);
        if (!((mm >= 10 && mm < 25) || mm >= 90 || mm < 5 || mm == 50)) {
          break;
        }
        next++;
      }
      assertEquals(next, p.nextOutside(t), "t=" + t);
    }
  }

  @Test
  void rejectsBadWindows() {
    assertThrows(IllegalArgumentException.class, () -> w(DAY, 600, 600));
    assertThrows(IllegalArgumentException.class, () -> w(DAY, 1440, 0));
    assertThrows(IllegalArgumentException.class, () -> w(DAY, -1, 10));
    assertThrows(IllegalArgumentException.class, () -> w(DAY, 10, 1441));
    assertThrows(IllegalArgumentException.class, () -> w(0, new double[0]));
    assertThrows(IllegalArgumentException.class, () -> w(DAY, 0, 1440), "never open");
    assertThrows(IllegalArgumentException.class, () -> w(DAY, 0, 800, 700, 0), "never open");
    assertThrows(IllegalArgumentException.class,
        () -> new PeriodicWindows(DAY, new double[] {1}, new double[0]));
  }
}
