package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.scenario.Scenario;

/**
 * The planner against an exhaustive enumeration: every candidate of a small space (each frame with every list of
 * start times, no rule-outs) judged through the full-month road alone, cheapest level first.
 */
class ExhaustiveTest {
  @Test
  void aSmallSpaceGetsTheExhaustiveEnumerationsAnswer() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("src/test/resources/plan/tiny.yaml"));
    PlanResult p = Planner.plan(s, 2, null);
    Exhaustive.Grid g = Exhaustive.search(s, 2);
    assertNotNull(g.recommended());
    assertNotNull(p.recommended());
    assertEquals(g.cost(), p.recommended().cost(), 0, "the same cheapest cost");
    assertEquals(g.recommended().frame(), p.recommended().candidate().frame(), "the same counts, fleet and guides");
    assertTrue(g.accepted().contains(p.recommended().candidate()),
        "the planner's start times pass the exhaustive road too: " + p.recommended().candidate().startsText()
            + " not in " + g.accepted());
    // every candidate at or below the answer's cost was judged: 56 timetables and the file's own in the space
    assertEquals(57, p.effort().candidates(), 0);
    long atOrBelow = Exhaustive.timetables(new Candidate(0, 1, 10, 0, 1, 1), new CandidateBuilder(s), s.plan())
        .size();
    assertEquals(4, atOrBelow, "four lists of one start on four slots");
    assertTrue(g.candidates() >= 16, "cheaper levels were all judged: " + g.candidates());
  }
}
