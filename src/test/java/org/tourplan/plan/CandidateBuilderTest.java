package org.tourplan.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.format.ScenarioWriter;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Season;
import org.tourplan.testing.ModelDiff;

/**
 * A candidate is the file with the plan's choices and nothing else changed: the shuttles keep their planIterations
 * (a candidate used to fall back to 500 and plan other rosters than the file), the season stays, its months outside
 * the phases following the candidate's timetable as the file's would, and the candidate written as
 * recommended.yaml reads back to itself.
 */
class CandidateBuilderTest {
  @Test
  void aCandidateIsTheFileWithThePlansChoicesAndNothingElse() throws Exception {
    String text = Files.readString(Path.of("scenarios/beijing-2025-season.yaml"), UTF_8)
        .replace("  mode: dedicated", "  mode: planned\n  planIterations: 20")
        + "\nplan:\n  weekdayTours: [1, 2]\n  weekendTours: 3\n  vehicles: [3, 4]\n";
    Scenario base = ScenarioLoader.parse("season.yaml", text.getBytes(UTF_8));
    Scenario c = new CandidateBuilder(base).scenario(new Candidate(2, 3, 6, 0, 4, 2));
    assertEquals(20, c.shuttles().planIterations());
    assertEquals(4, c.shuttles().vehicles());
    assertEquals(base.shuttles().withVehicles(4), c.shuttles());
    assertEquals(2, c.schedule().days().get(DayOfWeek.MONDAY).size());
    assertEquals(3, c.schedule().days().get(DayOfWeek.SUNDAY).size());
    for (int i = 0; i < c.season().months().size(); i++) {
      Season.Month m = c.season().months().get(i);
      Season.Month was = base.season().months().get(i);
      assertEquals(m.phase() < 0 ? c.schedule().days() : was.schedule().days(), m.schedule().days(), m.month()
          + ": the phase keeps its own timetable, the other months follow the candidate's");
      assertEquals(was.schedule().extra(), m.schedule().extra());
    }
    Scenario back = ScenarioLoader.parse("recommended.yaml", ScenarioWriter.yaml(c, "recommended").getBytes(UTF_8));
    assertNull(ModelDiff.first(c, back));
    assertEquals(c, back);
    assertEquals(base.zones(), c.zones());
    assertEquals(base.limits(), c.limits());
    assertEquals(base.demand(), c.demand());
  }
}
