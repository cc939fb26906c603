package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tourplan.format.Fixtures.BASE;
import static org.tourplan.format.Fixtures.loads;
import static org.tourplan.format.Fixtures.refusedAt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Demand;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.Season;
import org.tourplan.scenario.Target;

/** The v1.1 keys (contract 4): season, phases, the new demand keys, and the monthly extension; values and errors. */
class SeasonLoaderTest {

  private static final String SEASON = BASE + """
      season:
        from: "2025-01"
        to: "2025-12"
        phases:
          - from: "2025-01"
            to: "2025-06"
            schedule:
              extra: { "2025-01-11": ["10:00"], "2025-03-08": ["10:00", "14:00"] }
              closed: ["2025-02-01"]
          - from: "2025-09"
            to: "2025-09"
            schedule:
              monthly: { "1st SAT": ["10:00"], "last SUN": ["15:00"], "5th MON": ["11:00"] }
      demand:
        applicationsPerMonth: 27000
        growthPerMonth: 0.05
        reapplyRate: 0.8
        preferencePoints: true
      """;

  @Test
  void aSeasonResolvesEachMonthsTimetable() {
    Scenario s = loads("t.yaml", SEASON);
    Season season = s.season();
    assertEquals(YearMonth.of(2025, 1), season.from());
    assertEquals(12, season.months().size());
    assertEquals(List.of(new Season.Phase(YearMonth.of(2025, 1), YearMonth.of(2025, 6)),
        new Season.Phase(YearMonth.of(2025, 9), YearMonth.of(2025, 9))), season.phases());
    Season.Month jan = season.months().get(0);
    assertEquals(0, jan.phase());
    assertEquals(1, jan.schedule().toursIn(YearMonth.of(2025, 1))); // no days: only the extra date
    assertEquals(0, season.months().get(1).schedule().toursIn(YearMonth.of(2025, 2)));
    assertEquals(2, season.months().get(2).schedule().toursIn(YearMonth.of(2025, 3)));
    Season.Month july = season.months().get(6);
    assertEquals(-1, july.phase()); // outside every phase: the top-level schedule (MON twice, SAT twice)
    assertEquals(s.schedule().toursIn(YearMonth.of(2025, 7)), july.schedule().toursIn(YearMonth.of(2025, 7)));
    Schedule sep = season.months().get(8).schedule();
    // September 2025: 1st Saturday the 6th, last Sunday the 28th, and a 5th Monday (the 29th)
    assertEquals(List.of(LocalTime.of(10, 0)), sep.toursOn(LocalDate.of(2025, 9, 6)));
    assertEquals(List.of(LocalTime.of(15, 0)), sep.toursOn(LocalDate.of(2025, 9, 28)));
    assertEquals(List.of(LocalTime.of(11, 0)), sep.toursOn(LocalDate.of(2025, 9, 29)));
    assertEquals(3, sep.toursIn(YearMonth.of(2025, 9)));
    assertEquals(new Demand(27000, 0.05, 0.8, true), s.demand());
  }

  @Test
  void aFileWithoutTheNewKeysHasNoSeasonAndV1Demand() {
    Scenario s = loads("t.yaml", BASE + "demand: { applicationsPerMonth: 27000 }\n");
    assertNull(s.season());
    assertEquals(new Demand(27000), s.demand());
    assertTrue(s.demand().v1Only());
  }

  @Test
  void theTopLevelScheduleKeepsSeasonDatesForMonthsOutsidePhasesButTheMonthSeesOnlyItsOwn() {
    Scenario s = loads("t.yaml", BASE.replace("  days:\n", "  extra: { \"2025-07-05\": [\"16:00\"], "
        + "\"2025-08-02\": [\"16:00\"] }\n  days:\n") + "season: { from: \"2025-07\", to: \"2025-08\" }\n");
    assertEquals(List.of(LocalDate.of(2025, 7, 5)), List.copyOf(s.schedule().extra().keySet()));
    Schedule aug = s.season().months().get(1).schedule();
    assertEquals(List.of(LocalDate.of(2025, 8, 2)), List.copyOf(aug.extra().keySet()));
  }

  @Test
  void monthlyOnTheTopLevelScheduleIsExtraToursOfTheMonth() {
    Scenario s = loads("t.yaml", BASE.replace("  days:\n", "  monthly: { \"2nd WED\": [\"16:00\"] }\n  days:\n"));
    assertEquals(List.of(LocalTime.of(16, 0)), s.schedule().extra().get(LocalDate.of(2025, 7, 9)));
  }

  @Test
  void seasonErrors() {
    refusedAt(BASE + "season: { from: \"2025-06\", to: \"2025-01\" }\n", "season.to", "found 2025-01",
        "at or after 2025-06");
    refusedAt(BASE + "season: { from: \"2025-01\", to: \"2028-01\" }\n", "season.to", "37 months",
        "at most 36 months");
    refusedAt(BASE + "season: { from: \"2025-13\", to: \"2026-01\" }\n", "season.from", "month from 01 to 12");
    refusedAt(BASE + "season: { to: \"2026-01\" }\n", "season.from", "missing (required)");
    refusedAt(BASE + "season: { from: \"2025-01\", to: \"2025-02\", phase: [] }\n", "season.phase",
        "did you mean `phases`?");
  }

  @Test
  void phaseErrors() {
    String head = BASE + "season:\n  from: \"2025-01\"\n  to: \"2025-12\"\n  phases:\n";
    refusedAt(head + "    - { from: \"2025-01\", to: \"2025-06\", schedule: { days: {} } }\n"
        + "    - { from: \"2025-06\", to: \"2025-12\", schedule: { days: {} } }\n",
        "season.phases[1].from", "found 2025-06", "previous phase runs to 2025-06", "not overlapping");
    refusedAt(head + "    - { from: \"2024-11\", to: \"2025-06\", schedule: { days: {} } }\n",
        "season.phases[0]", "outside the season (2025-01 to 2025-12)");
    refusedAt(head + "    - { from: \"2025-03\", to: \"2025-02\", schedule: { days: {} } }\n",
        "season.phases[0].to", "before the phase's from");
    refusedAt(head + "    - { from: \"2025-01\", to: \"2025-06\", schedule: { extra: { \"2025-07-05\": [\"10:00\"] } } }\n",
        "season.phases[0].schedule.extra.2025-07-05", "outside its phase (2025-01 to 2025-06)");
    refusedAt(head + "    - { from: \"2025-01\", to: \"2025-06\", schedule: { closed: [\"2025-08-01\"] } }\n",
        "season.phases[0].schedule.closed[0]", "outside its phase");
    refusedAt(head + "    - { from: \"2025-01\", to: \"2025-06\" }\n", "season.phases[0].schedule",
        "missing (required)");
    refusedAt(head + "    - { from: \"2025-01\", to: \"2025-06\", schedule: { days: { SAT: [\"25:00\"] } } }\n",
        "season.phases[0].schedule.days.SAT[0]", "found \"25:00\"");
    refusedAt(head + "    - { from: \"2025-01\", to: \"2025-06\", schedule: { monthly: { \"first SAT\": [\"10:00\"] } } }\n",
        "season.phases[0].schedule.monthly.\"first SAT\"", "1st SAT");
  }

  @Test
  void demandErrors() {
    refusedAt(BASE + "demand: { applicationsPerMonth: 100, growthPerMonth: -0.95 }\n", "demand.growthPerMonth",
        "found -0.95", "from -0.9 to 10");
    refusedAt(BASE + "demand: { applicationsPerMonth: 100, reapplyRate: 1.5 }\n", "demand.reapplyRate",
        "found 1.5", "from 0 to 1");
    refusedAt(BASE + "demand: { applicationsPerMonth: 100, preferencePoints: yes please }\n",
        "demand.preferencePoints", "true or false");
    refusedAt(BASE + "demand: { applicationsPerMonth: 100, reapplyrate: 0.5 }\n", "demand.reapplyrate",
        "did you mean `reapplyRate`?");
    refusedAt(BASE + "season: { from: \"2025-01\", to: \"2027-12\" }\n"
        + "demand: { applicationsPerMonth: 27000, growthPerMonth: 10 }\n", "demand.growthPerMonth",
        "new applicants in 2027-12", "at most 1e12");
  }

  @Test
  void aPhaseTargetTakesTheKeysItLeavesOutFromTheFilesTarget() {
    String head = BASE + "target: { visitorsPerMonth: 100, unit: places, confidence: 0.9 }\n"
        + "season:\n  from: \"2025-01\"\n  to: \"2025-03\"\n  phases:\n"
        + "    - { from: \"2025-01\", to: \"2025-01\", schedule: {}, target: { visitorsPerMonth: 40 } }\n"
        + "    - { from: \"2025-02\", to: \"2025-02\", schedule: {}, target: { unit: visitors } }\n";
    Scenario s = loads("t.yaml", head);
    Season season = s.season();
    assertEquals(new Target(40, Target.Unit.PLACES, 0.9), season.phases().get(0).target());
    assertEquals(new Target(100, Target.Unit.VISITORS, 0.9), season.phases().get(1).target());
    // each month is judged against its phase's target, the months of the top-level schedule against the file's
    assertEquals(new Target(40, Target.Unit.PLACES, 0.9), s.forMonth(season.months().get(0)).target());
    assertEquals(new Target(100, Target.Unit.VISITORS, 0.9), s.forMonth(season.months().get(1)).target());
    assertEquals(s.target(), s.forMonth(season.months().get(2)).target());
    assertTrue(season.phaseTargets());
    // without a file target a phase's target stands alone, with the format's defaults
    Scenario alone = loads("t.yaml", BASE + "season:\n  from: \"2025-01\"\n  to: \"2025-02\"\n  phases:\n"
        + "    - { from: \"2025-01\", to: \"2025-01\", schedule: {}, target: { visitorsPerMonth: 40 } }\n");
    assertEquals(new Target(40, Target.Unit.VISITORS, 0.95), alone.season().phases().get(0).target());
    assertNull(alone.forMonth(alone.season().months().get(1)).target());
  }

  @Test
  void phaseTargetErrors() {
    String head = BASE + "season:\n  from: \"2025-01\"\n  to: \"2025-06\"\n  phases:\n";
    refusedAt(head + "    - { from: \"2025-01\", to: \"2025-06\", schedule: {}, target: { confidence: 0.9 } }\n",
        "season.phases[0].target.visitorsPerMonth", "missing (required)");
    refusedAt(head + "    - { from: \"2025-01\", to: \"2025-06\", schedule: {}, target: { visitorsPerMonth: -3 } }\n",
        "season.phases[0].target.visitorsPerMonth", "found -3", "a number > 0");
    refusedAt(head + "    - { from: \"2025-01\", to: \"2025-06\", schedule: {}, target: { visitorsPerMonth: 9, "
        + "confidence: 2 } }\n", "season.phases[0].target.confidence", "found 2");
    refusedAt(head + "    - { from: \"2025-01\", to: \"2025-06\", schedule: {}, target: { visitors: 9 } }\n",
        "season.phases[0].target.visitors", "did you mean `visitorsPerMonth`?");
    refusedAt(head + "    - { from: \"2025-01\", to: \"2025-06\", schedule: {}, target: 40 }\n",
        "season.phases[0].target", "a map with visitorsPerMonth");
  }

  @Test
  void aWaitingGoalIsReadWithItsMonthsJudged() {
    Scenario s = loads("t.yaml", BASE + "season:\n  from: \"2025-01\"\n  to: \"2025-12\"\n"
        + "  waiting: { share: 0.02, withinMonths: 3, from: \"2025-07\" }\n"
        + "demand: { applicationsPerMonth: 27000 }\n");
    Season.Waiting w = s.season().waiting();
    assertEquals(new Season.Waiting(0.02, 3, YearMonth.of(2025, 7)), w);
    // July to October: December's and November's new applicants have fewer than three draws left
    assertEquals(List.of(YearMonth.of(2025, 7), YearMonth.of(2025, 8), YearMonth.of(2025, 9), YearMonth.of(2025, 10)),
        w.cohorts(s.season().to()));
    Scenario dflt = loads("t.yaml", BASE + "season: { from: \"2025-01\", to: \"2025-03\", waiting: { share: 0.5, "
        + "withinMonths: 1 } }\ndemand: { applicationsPerMonth: 100 }\n");
    assertEquals(YearMonth.of(2025, 1), dflt.season().waiting().from());
  }

  @Test
  void waitingErrors() {
    String demand = "demand: { applicationsPerMonth: 100 }\n";
    String head = BASE + "season:\n  from: \"2025-01\"\n  to: \"2025-06\"\n  waiting: ";
    refusedAt(head + "{ share: 0, withinMonths: 3 }\n" + demand, "season.waiting.share", "found 0",
        "a share > 0 and <= 1");
    refusedAt(head + "{ withinMonths: 3 }\n" + demand, "season.waiting.share", "missing (required)");
    refusedAt(head + "{ share: 0.1, withinMonths: 7 }\n" + demand, "season.waiting.withinMonths", "found 7",
        "from 1 to the season's 6 months");
    refusedAt(head + "{ share: 0.1, withinMonths: 3, from: \"2025-05\" }\n" + demand,
        "season.waiting.withinMonths", "found 3", "2025-05 have only 2 draws left", "at most 2");
    refusedAt(head + "{ share: 0.1, withinMonths: 1, from: \"2025-09\" }\n" + demand, "season.waiting.from",
        "found 2025-09", "outside the season");
    refusedAt(head + "{ share: 0.1, within: 1 }\n" + demand, "season.waiting.within",
        "did you mean `withinMonths`?");
    refusedAt(head + "{ share: 0.1, withinMonths: 2 }\n", "season.waiting", "no demand",
        "demand.applicationsPerMonth");
  }
}
