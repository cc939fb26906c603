package org.tourplan.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.run.Runner;
import org.tourplan.verdict.Verdict;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.testing.ScenarioBuilder;

/** Verdicts and first-breach explanations on scenarios whose timelines are known by hand. */
class SafetyAnalysisTest {
  /**
   * Six tours 10 min apart into a line that takes one group for 15 min (see DeterministicTourTest): tour i
   * reaches line-1 at 09:10 + 10i, enters at 09:10 + 15i, leaves at 09:25 + 15i and departs at once.
   */
  private static ScenarioBuilder bottleneck(Limits limits) {
    ScenarioBuilder b = new ScenarioBuilder();
    b.zone("showroom", 100, Integer.MAX_VALUE, 0, 5, false);
    b.zone("line-1", 10, 1, 0, new Distribution.Constant(15), true, 8.0, null);
    b.route("showroom", "line-1").leg("showroom", "line-1", 5);
    b.tours(7, "09:00", "09:10", "09:20", "09:30", "09:40", "09:50");
    b.limits = limits;
    return b;
  }

  private static SafetyReport analyse(Scenario s) {
    return SafetyAnalysis.analyse(s, Runner.simulate(s, 1, null));
  }

  private static LimitVerdict verdict(SafetyReport r, String limit) {
    return r.limits().stream().filter(v -> v.limit().equals(limit)).findFirst().orElseThrow();
  }

  @Test
  void floorLimitFirstBreaksWhenAThirdGroupArrives() {
    // After 09:50 groups 2 (inside), 3 (queued since 09:40) and 4 (just arrived) are on the floor: 30 > 25.
    // Before, at most two groups were (at 09:40 group 1 departs as group 3 arrives).
    SafetyReport r = analyse(bottleneck(new Limits(25.0, null, null, null, null, null, List.of())).build());
    LimitVerdict v = verdict(r, "floorVisitors");
    assertEquals(Verdict.UNSAFE, v.verdict());
    assertEquals(30, v.worst(), 0);
    FirstBreach f = v.first();
    assertEquals(LocalDate.of(2025, 7, 7), f.date());
    assertEquals("09:50", f.time());
    assertEquals("line-1", f.zone());
    assertTrue(f.explanation().startsWith("3 groups (30 persons) were on the production floor"), f.explanation());
    assertTrue(f.explanation().contains("the 09:30 tour of Mon 7 Jul (10) waiting 10.0 min to enter line-1"),
        f.explanation());
    assertTrue(f.explanation().contains("the 09:20 tour of Mon 7 Jul (10) inside line-1"), f.explanation());
  }

  @Test
  void evacuationUsesTheZonesExitFlow() {
    // 30 persons at line-1 with exits for 8 a minute: 3.75 min > 3; 20 persons: 2.5 min, not above.
    SafetyReport r = analyse(bottleneck(new Limits(null, 3.0, null, null, null, null, List.of())).build());
    LimitVerdict v = verdict(r, "evacuationMinutes");
    assertEquals(3.75, v.worst(), 1e-12);
    assertEquals("09:50", v.first().time());
    assertEquals(3.75, v.first().value(), 1e-12);
  }

  @Test
  void longWaitNamesTheGroupInside() {
    // Waits 0, 5, 10, 15, ...: the 09:30 tour (arrived 09:40) is the first above 12 min, at 09:52; at its arrival
    // the 09:20 tour had just entered and stays until 09:55.
    SafetyReport r = analyse(bottleneck(new Limits(null, null, 12.0, null, null, null, List.of())).build());
    FirstBreach f = verdict(r, "maxWaitMinutes").first();
    assertEquals("09:52", f.time());
    assertEquals(15, f.value(), 0);
    assertTrue(f.explanation().contains("waited 15.0 min to enter line-1 (limit 12.0 min)"), f.explanation());
    assertTrue(f.explanation().contains("line-1 was taken by the 09:20 tour of Mon 7 Jul (10 persons, inside until"
        + " 09:55)"), f.explanation());
  }

  @Test
  void safeScenarioHasNoFirstBreachAndAnOkVerdict() {
    SafetyReport r = analyse(bottleneck(new Limits(30.0, 4.0, 25.0, 60.0, LocalTime.of(18, 0), null, List.of()))
        .build());
    assertEquals(Verdict.SAFE, r.overall());
    assertTrue(r.limits().stream().allMatch(v -> v.verdict() == Verdict.SAFE && v.first() == null));
    assertTrue(r.worstByLimit().isEmpty());
    assertEquals(0, r.representative().replication());
    assertEquals(6, r.representative().tours().size());
  }

  @Test
  void closingTimeAndTourLength() {
    // Tour i ends at 09:30 + 15i and lasts 30 + 5i min from its first entry: with close 10:30 tours 4 and 5 (ending
    // 10:30 and 10:45) -- only the 10:45 end is strictly after; with 45 min the 09:40 and 09:50 tours (50, 55).
    SafetyReport r = analyse(bottleneck(new Limits(null, null, null, 45.0, LocalTime.of(10, 30), null, List.of()))
        .build());
    LimitVerdict close = verdict(r, "closeTime");
    assertEquals(1, close.worst(), 0);
    assertEquals("10:45", close.first().time());
    assertTrue(close.first().explanation().contains("ended at 10:45, 15.0 min after closing time 10:30"),
        close.first().explanation());
    LimitVerdict length = verdict(r, "maxTourMinutes");
    assertEquals(55, length.worst(), 0);
    // the 09:40 tour entered the showroom at 09:40: 45 min later is 10:25
    assertEquals("10:25", length.first().time());
    assertTrue(length.first().explanation().contains("queueing to enter (20.0 min at line-1)"),
        length.first().explanation());
  }

  @Test
  void blackoutCatchesTheGroupInside() {
    // line-1 closed from 09:30: group 1 is inside 09:25-09:40, so the window opens on it.
    Limits l = new Limits(null, null, null, null, null, null,
        List.of(new Limits.Blackout(List.of("line-1"), LocalTime.of(9, 30), LocalTime.of(9, 35))));
    SafetyReport r = analyse(bottleneck(l).build());
    FirstBreach f = verdict(r, "blackouts").first();
    assertEquals("09:30", f.time());
    assertTrue(f.explanation().contains("The 09:10 tour of Mon 7 Jul was inside line-1 (from 09:25 to 09:40) when its blackout 09:30-09:35 began."), f.explanation());
  }

  @Test
  void noLimitsMeansNothingToJudge() {
    SafetyReport r = analyse(bottleneck(Limits.none()).build());
    assertEquals(Verdict.SAFE, r.overall());
    assertTrue(r.limits().isEmpty());
    assertNull(r.worstByLimit().get("floorVisitors"));
  }
}
