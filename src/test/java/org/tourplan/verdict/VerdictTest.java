package org.tourplan.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One verdict rule for a limit and for a schedule, with one set of words. */
class VerdictTest {
  @Test
  void aScheduleTakesItsWorstLimit() {
    Map<String, Integer> breached = new LinkedHashMap<>();
    assertEquals(Verdict.SAFE, Verdict.of(breached, 10));
    breached.put("a", 0);
    breached.put("b", 3);
    assertEquals(Verdict.AT_RISK, Verdict.of(breached, 10));
    breached.put("c", 6);
    assertEquals(Verdict.UNSAFE, Verdict.of(breached, 10));
    // half is not most
    assertEquals(Verdict.AT_RISK, Verdict.of(Map.of("a", 5, "b", 5), 10));
  }

  @Test
  void labelsAreTheWordsOfEveryOutput() {
    assertEquals("SAFE", Verdict.SAFE.label());
    assertEquals("AT RISK", Verdict.AT_RISK.label());
    assertEquals("UNSAFE", Verdict.UNSAFE.label());
    assertEquals(Verdict.UNSAFE, Verdict.AT_RISK.worse(Verdict.UNSAFE));
    assertEquals(Verdict.AT_RISK, Verdict.AT_RISK.worse(Verdict.SAFE));
  }
}
