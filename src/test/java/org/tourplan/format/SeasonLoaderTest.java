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
}
