package org.tourplan.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.tourplan.report.results.SeasonJson;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.scenario.Season;
import org.tourplan.safety.PhaseSafety;

/** The season use case: months with their own timetables, the lottery across them, reproducibility. */
class SeasonRunnerTest {

  private static Scenario bundled(int replications) throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/beijing-2025-season.yaml"));
    return s.withRun(s.seed(), replications);
  }

  @Test
  void identicalResultsWhateverTheThreadCount() throws Exception {
    Scenario s = bundled(12);
    byte[] one = SeasonJson.bytes(SeasonRunner.run(s, 1));
    byte[] three = SeasonJson.bytes(SeasonRunner.run(s, 3));
    assertEquals(new String(one, StandardCharsets.UTF_8), new String(three, StandardCharsets.UTF_8));
  }

  @Test
  void eachMonthIsTheOneMonthFileWithItsTimetableAndTheLotteryDrawsItsPlaces() throws Exception {
    Scenario s = bundled(10);
    SeasonResults r = SeasonRunner.run(s, 2);
    assertEquals(12, r.months().size());
    for (SeasonResults.MonthResult m : r.months()) {
      Results alone = Runner.simulate(s.forMonth(m.month()), 2, null);
      for (int i = 0; i < alone.metrics().size(); i++) {
        assertArrayEquals(alone.metrics().get(i).values(), m.results().metrics().get(i).values(),
            m.month().month() + " " + alone.metrics().get(i).dotted());
      }
      assertNull(m.results().lottery(), "a season month carries no lottery of its own");
      assertEquals(m.scheduledTours() * 6L, m.invitations()); // group.size 6, no overbooking
    }
    // the timetables: three Saturday tours a month in phase 1, the July timetable after it
    assertEquals(3, r.months().get(0).scheduledTours());
    assertEquals(3, r.months().get(5).scheduledTours());
    assertEquals(71, r.months().get(6).scheduledTours()); // 23 weekdays + 8 weekend days x 6
    assertEquals(81, r.months().get(7).scheduledTours()); // August 2025: 21 weekdays + 10 weekend days x 6
    assertEquals(0, r.months().get(0).month().phase());
    assertEquals(-1, r.months().get(6).month().phase());
    LotteryResult l = r.lottery();
    for (int m = 0; m < 12; m++) {
      assertEquals(r.months().get(m).invitations(), l.months().get(m).invitations().mean());
      // the pool far exceeds the places: every place is won
      assertEquals(r.months().get(m).invitations(), l.months().get(m).winners().mean());
    }
    assertEquals(27_000, l.months().get(6).newApplicants()); // the public July figure, from 15,241 x 1.1^6
  }

  @Test
  void theSeasonFileHasTheLotteryObjectsOfSpec43() throws Exception {
    SeasonResults r = SeasonRunner.run(bundled(5), 2);
    String json = new String(SeasonJson.bytes(r), StandardCharsets.UTF_8);
    for (String key : new String[] {"\"scenario\"", "\"from\" : \"2025-01\"", "\"to\" : \"2025-12\"",
        "\"months\"", "\"2025-07\"", "\"metrics\"", "\"limitBreachProbability\"", "\"lottery\"",
        "\"meanDrawsToWin\"", "\"firstCohortWinShare\"", "\"poolAtEnd\"", "\"abandoned\"", "\"winProbability\""}) {
      assertTrue(json.contains(key), key);
    }
  }

  @Test
  void aSeasonWithoutDemandHasNoLotteryAndAScenarioWithoutSeasonIsRefused() throws Exception {
    Scenario s = bundled(3);
    Scenario noDemand = s.toBuilder().demand(null).build();
    assertNull(SeasonRunner.run(noDemand, 2).lottery());
    Scenario noSeason = s.toBuilder().season(null).build();
    assertThrows(IllegalArgumentException.class, () -> SeasonRunner.run(noSeason, 1));
  }

  @Test
  void phaseSafetyGroupsMonthsByTimetable() throws Exception {
    SeasonResults r = SeasonRunner.run(bundled(5), 2);
    var phases = PhaseSafety.of(r);
    assertEquals(2, phases.size());
    assertEquals("2025-01 to 2025-06", phases.get(0).label());
    assertEquals("2025-07 to 2025-12 (top-level schedule)", phases.get(1).label());
    assertEquals(30, phases.get(0).simulated());
    assertEquals(new Season.Phase(YearMonth.of(2025, 1), YearMonth.of(2025, 6)), r.phases().get(0));
  }
}
