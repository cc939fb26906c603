package org.tourplan.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.verdict.Verdict;

/** A clean run's limits in words: safety limits counted apart from the turned-away (service) limit. */
class LimitWordsTest {
  private static LimitVerdict ok(String key, String allowed, double worst) {
    return new LimitVerdict(key, allowed, Verdict.SAFE, 0, 100, 0, 0, 0.04, worst, "", null);
  }

  @Test
  void turnedAwayIsNotCountedAsASafetyLimit() {
    LimitVerdict floor = ok("floorVisitors", "120 persons", 80);
    LimitVerdict wait = ok("maxWaitMinutes", "10 min", 7);
    assertEquals("none of the 2 safety limits was breached and nobody was turned away",
        LimitWords.noneBreached(List.of(floor, wait, ok("turnedAway", "0 persons a month", 0))));
    assertEquals("none of the 2 safety limits was breached and at most 5 persons a month were turned away",
        LimitWords.noneBreached(List.of(floor, wait, ok("turnedAway", "5 persons a month", 3))));
    assertEquals("the one safety limit was not breached", LimitWords.noneBreached(List.of(floor)));
    assertEquals("nobody was turned away", LimitWords.noneBreached(List.of(ok("turnedAway", "0 persons a month",
        0))));
  }
}
