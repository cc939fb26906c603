package org.tourplan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeWeightedTest {

  @Test
  void areaAndAverageOfAStepFunction() {
    TimeWeighted w = new TimeWeighted(0, 0);
    w.set(2, 3);
    w.add(5, -1);
    assertEquals(2.0, w.level());
    assertEquals(0 * 2 + 3 * 3 + 2 * 5.0, w.area(10));
    assertEquals(19.0 / 10, w.average(10));
    assertEquals(3.0, w.max(10));
  }

  @Test
  void levelsPassedThroughWithinOneInstantDoNotCountForTheMaximum() {
    TimeWeighted w = new TimeWeighted(0, 10);
    w.add(5, 8); // 18 at 5 ...
    w.add(5, -9); // ... but someone left at the same instant: 9 is what held
    w.set(7, 12);
    assertEquals(12.0, w.max(7), "current level counts");
    w.set(7, 11);
    assertEquals(11.0, w.max(7), "12 never held for any time");
    w.set(9, 0);
    assertEquals(11.0, w.max(20));
    assertEquals(10 * 5 + 9 * 2 + 11 * 2.0, w.area(9));
  }

  @Test
  void startLevelReplacedAtTheStartInstantDoesNotCount() {
    TimeWeighted w = new TimeWeighted(100, 50);
    w.set(100, 3);
    w.set(110, 4);
    assertEquals(4.0, w.max(110));
    assertEquals(30.0, w.area(110));
  }

  @Test
  void maxIncludesALevelHeldOnlyUntilNow() {
    TimeWeighted w = new TimeWeighted(0, 1);
    w.set(1, 6);
    assertEquals(6.0, w.max(1));
    w.set(2, 2);
    assertEquals(6.0, w.max(2));
  }

  @Test
  void averageNeedsElapsedTimeAndTimeCannotGoBack() {
    TimeWeighted w = new TimeWeighted(5, 1);
    assertTrue(Double.isNaN(w.average(5)));
    w.set(8, 2);
    assertThrows(IllegalArgumentException.class, () -> w.set(7, 1));
    assertThrows(IllegalArgumentException.class, () -> w.area(7));
  }

  @Test
  void resetStartsAFreshMeasurement() {
    TimeWeighted w = new TimeWeighted(0, 0);
    w.set(1, 100);
    w.set(2, 5);
    w.reset(50, 5);
    assertEquals(5.0, w.level());
    assertEquals(5.0, w.max(50));
    assertEquals(50.0, w.area(60));
    assertEquals(5.0, w.average(60));
    assertEquals(50.0, w.startTime());
  }
}
