package org.tourplan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void emptyAndSingleObservation() {
    Tally t = new Tally();
    assertEquals(0, t.count());
    assertTrue(Double.isNaN(t.mean()));
    assertTrue(Double.isNaN(t.variance()));
    assertTrue(Double.isNaN(t.min()));
    t.add(3);
    assertEquals(3.0, t.mean());
    assertTrue(Double.isNaN(t.variance()), "n - 1 variance needs two observations");
    assertTrue(Double.isNaN(t.sd()));
    assertEquals(3.0, t.min());
    assertEquals(3.0, t.max());
  }

  @Test
  void matchesTextbookFormulas() {
    Tally t = new Tally();
    double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
    for (double v : x) {
      t.add(v);
    }
    assertEquals(8, t.count());
    assertEquals(40.0, t.sum());
    assertEquals(5.0, t.mean());
    assertEquals(32.0 / 7, t.variance(), 1e-12);
    assertEquals(Math.sqrt(32.0 / 7), t.sd(), 1e-12);
    assertEquals(2.0, t.min());
    assertEquals(9.0, t.max());
  }

  @Test
  void staysAccurateWithALargeOffset() {
    Tally t = new Tally();
    for (int i = 0; i < 1000; i++) {
      t.add(1e9 + (i % 2));
    }
    assertEquals(0.25 * 1000 / 999, t.variance(), 1e-9);
  }

  @Test
  void resetForgetsAll() {
    Tally t = new Tally();
    t.add(1);
    t.add(2);
    t.reset();
    assertEquals(0, t.count());
    assertEquals(0.0, t.sum());
    assertTrue(Double.isNaN(t.max()));
    t.add(-5);
    assertEquals(-5.0, t.max());
    assertEquals(-5.0, t.min());
  }
}
