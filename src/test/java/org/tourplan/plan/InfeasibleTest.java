package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three kinds of plan space where nothing is feasible, each with its own diagnosis and next step, computed from the
 * search (never the generic "widen the plan space"), and no "cheaper candidates rejected" without a recommendation.
 */
class InfeasibleTest {
  private static PlanResult plan(String from, String to) throws Exception {
    PlanResult p = Planner.plan(DesignedTimetablesTest.edited(from, to), 2, null);
    assertNull(p.recommended());
    assertTrue(p.rejectedCheaper().isEmpty(), "nothing to be cheaper than");
    return p;
  }

  private static void has(List<String> lines, String... parts) {
    for (String part : parts) {
      assertTrue(lines.stream().anyMatch(l -> l.contains(part)), "no line with \"" + part + "\" in " + lines);
    }
  }

  @Test
  void theTargetIsOutOfReach() throws Exception {
    PlanResult p = plan("  weekdayTours: 1\n  weekendTours: { from: 4, to: 7 }\n",
        "  weekdayTours: 0\n  weekendTours: [3, 4]\n");
    Diagnosis d = p.diagnosis();
    assertEquals("target", d.kind());
    has(d.binding(), "no timetable of the plan space can reach 1,300 visitors a month",
        "32 tours holding at most 768 even when every tour is full");
    // the smallest step past the axes that reaches it, counted like any candidate
    has(d.fixes(), "allow 2 tours every weekday (plan.weekdayTours up to 2)",
        "allow 9 tours every weekend day (plan.weekendTours up to 9)");
    assertTrue(d.nearMisses().stream().allMatch(m -> m.check().equals("target")), d.nearMisses().toString());
  }

  @Test
  void theFleetBinds() throws Exception {
    PlanResult p = plan("  vehicles: [2, 3, 4]\n", "  vehicles: 2\n");
    Diagnosis d = p.diagnosis();
    assertEquals("limits", d.kind());
    has(d.binding(), "a full tour holds 2 of the 2 shuttles", "at most 3 of the 6 tours a weekend day fit");
    has(d.fixes(), "allow 4 shuttles (plan.vehicles): 6 tours then fit", "pooled shuttles (shuttles.mode: pooled)");
    assertTrue(d.nearMisses().stream().anyMatch(m -> m.check().equals("limits")), d.nearMisses().toString());
  }

  @Test
  void aLimitBinds() throws Exception {
    PlanResult p = plan("  floorVisitors: 50             # two full tours of 24 on the floor at once\n",
        "  floorVisitors: 30\n");
    Diagnosis d = p.diagnosis();
    assertEquals("limits", d.kind());
    has(d.binding(), "limits.floorVisitors 30 lets 1 full tour of 24 persons on the floor at once",
        "at most 4 of the 6 tours a weekend day fit", "is in line when its 12:00-13:00 blackout starts");
    has(d.fixes(), "plan at most 4 tours a day of this kind", "4 tours every weekend day and 2 every weekday");
  }
}
