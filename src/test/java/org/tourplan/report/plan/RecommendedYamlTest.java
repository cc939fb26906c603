package org.tourplan.report.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.plan.PlanResult;
import org.tourplan.plan.Planner;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.testing.ModelDiff;

/**
 * recommended.yaml is the file the user runs next: written as {@code tourplan plan} writes it, it keeps what the
 * planner did not choose. Issue 18 saw it turn {@code shuttles.planIterations: 20} into 500 and drop a 12-month
 * season; here the bundled season file in planned mode with 20 iterations a solve is planned (one candidate, a
 * target the July timetable meets) and its recommended.yaml loads to the recommended scenario, keys and all.
 */
class RecommendedYamlTest {
  @TempDir
  Path tmp;

  @Test
  void recommendedYamlKeepsPlanIterationsAndTheTwelveMonthSeason() throws Exception {
    String text = Files.readString(Path.of("scenarios/beijing-2025-season.yaml"), UTF_8)
        .replace("  mode: dedicated", "  mode: planned\n  planIterations: 20")
        .replaceFirst("(?m)^  visitorsPerMonth: 1100 ", "  visitorsPerMonth: 600 ")
        + "\nplan:\n  weekdayTours: [1]\n  weekendTours: [6]\n  groupSize: [6]\n  overbook: [0]\n"
        + "  vehicles: [3]\n  guides: [2]\n  screenReplications: 4\n  maxReplications: 8\n";
    Scenario file = ScenarioLoader.parse("season-planned-20.yaml", text.getBytes(UTF_8));
    assertEquals(600.0, file.target().visitorsPerMonth());
    PlanResult p = Planner.plan(file.withRun(file.seed(), 8), 2, null);
    assertNotNull(p.scenario(), "the one candidate is recommended");
    Path index = new PlanReportWriter().write(p, Assessment.of(p.scenario().withRun(p.scenario().seed(), 2), 2),
        Assessment.of(p.base().withRun(p.base().seed(), 2), 2), tmp.resolve("plans"));
    Scenario back = ScenarioLoader.load(index.resolveSibling("recommended.yaml"));
    assertEquals(Shuttles.Mode.PLANNED, back.shuttles().mode());
    assertEquals(20, back.shuttles().planIterations());
    assertEquals(12, back.season().months().size());
    assertEquals(file.season(), back.season(), "the candidate is the file's own timetable: the season is the file's");
    assertNull(ModelDiff.first(p.scenario(), back));
    assertEquals(p.scenario(), back);
  }
}
