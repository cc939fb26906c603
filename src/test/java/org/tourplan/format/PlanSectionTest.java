package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tourplan.format.Fixtures.BASE;
import static org.tourplan.format.Fixtures.loads;
import static org.tourplan.format.Fixtures.refusedAt;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.PlanSpace;

/** The plan section: defaults from the rest of the file, the three axis forms, and its errors. */
class PlanSectionTest {
  @Test
  void withoutAPlanSectionTheSpaceIsTheFileItself() {
    PlanSpace p = loads("t.yaml", BASE).plan();
    assertEquals(List.of(2), p.weekdayTours()); // MON has two tours
    assertEquals(List.of(2), p.weekendTours()); // SAT has two
    assertEquals(LocalTime.of(9, 30), p.earliestStart());
    assertEquals(LocalTime.of(14, 0), p.latestStart());
    assertEquals(30, p.slotMinutes()); // 09:30, 10:00, 14:00: the largest grid from 09:30 holding all
    assertEquals(List.of(20), p.groupSize());
    assertEquals(List.of(0), p.overbook());
    assertEquals(List.of(2), p.vehicles());
    assertEquals(List.of(2), p.guides());
    assertEquals(new PlanSpace.Costs(1000, 300, 400), p.costs());
    assertEquals(0, p.breachTolerance());
    assertEquals(0.001, p.breachBound());
    assertEquals("cost units", p.costs().currency());
    assertEquals(1, p.costs().weekendRate());
    assertEquals(64, p.screenReplications(), "days of each kind for every design");
    assertEquals(100, p.maxReplications());
    assertNull(p.maxSizeFromFile());
    assertEquals(1, p.size());
    assertEquals(PlanSpace.Design.DEFAULT, p.design(), "designed starts, nothing forbidden or fixed");
    assertNull(p.dayTours());
  }

  @Test
  void startsAreDesignedUnlessAskedToBeEvenWithForbiddenWindowsAndFixedStarts() {
    PlanSpace p = loads("t.yaml", BASE + """
        plan:
          weekendTours: [0, 2, 3]
          earliestStart: "09:00"
          latestStart: "16:00"
          forbiddenStarts: [{ from: "11:45", to: "13:00" }]
          fixedStarts: { weekend: ["09:00"], weekday: ["10:00"] }
        """).plan();
    assertEquals(List.of(new PlanSpace.Window(LocalTime.of(11, 45), LocalTime.of(13, 0))), p.design().forbidden());
    assertTrue(p.design().forbids(LocalTime.of(12, 0)) && !p.design().forbids(LocalTime.of(13, 0)));
    assertEquals(List.of(LocalTime.of(9, 0)), p.design().fixedFor("weekend"));
    assertEquals(List.of(LocalTime.of(10, 0)), p.design().fixedFor("weekday"));
    assertTrue(loads("t.yaml", BASE + "plan:\n  starts: even\n").plan().design().even());
    PlanSpace all = loads("t.yaml", BASE + "plan:\n  earliestStart: \"09:00\"\n  fixedStarts: [\"09:30\"]\n").plan();
    assertEquals(List.of(LocalTime.of(9, 30)), all.design().fixedFor("weekend"));
  }

  @Test
  void countsPerDayOfTheWeekMakeEachDayAClass() {
    PlanSpace p = loads("t.yaml", BASE + "plan:\n  dayTours: { MON: [1, 2], SAT: { from: 2, to: 4 } }\n").plan();
    assertEquals(7, p.classes().size());
    assertEquals(List.of(1, 2), p.classes().get(0).counts());
    assertEquals(List.of(0), p.classes().get(1).counts(), "a day left out has no tours");
    assertEquals(List.of(2, 3, 4), p.classes().get(5).counts());
    assertEquals(2 * 3, p.size());
  }

  @Test
  void theNewKeysNameTheirPathWhenWrong() {
    refusedAt(BASE + "plan:\n  starts: spread\n", "plan.starts", "designed or even");
    refusedAt(BASE + "plan:\n  forbiddenStarts: [{ from: \"13:00\", to: \"12:00\" }]\n", "plan.forbiddenStarts[0].to",
        "a time after from (13:00)");
    refusedAt(BASE + "plan:\n  forbiddenStarts: [{ from: \"13:00\", till: \"14:00\" }]\n",
        "plan.forbiddenStarts[0].till", "unknown key");
    refusedAt(BASE + "plan:\n  earliestStart: \"09:00\"\n  fixedStarts: [\"09:10\"]\n", "plan.fixedStarts",
        "found 09:10, expected a start on the slot grid");
    refusedAt(BASE + "plan:\n  earliestStart: \"09:00\"\n  fixedStarts: [\"12:00\"]\n  forbiddenStarts: "
        + "[{ from: \"11:45\", to: \"13:00\" }]\n", "plan.fixedStarts", "lies in a window of plan.forbiddenStarts");
    refusedAt(BASE + "plan:\n  earliestStart: \"09:00\"\n  weekendTours: [1, 2]\n"
        + "  fixedStarts: [\"09:00\", \"09:30\"]\n",
        "plan.weekendTours", "found 1 tours a weekend day", "expected 0 or at least 2");
    refusedAt(BASE + "plan:\n  fixedStarts: { SAT: [\"09:30\"] }\n", "plan.fixedStarts.SAT",
        "expected one of weekday, weekend");
    refusedAt(BASE + "plan:\n  starts: even\n  fixedStarts: [\"09:30\"]\n", "plan.starts", "expected designed");
    refusedAt(BASE + "plan:\n  dayTours: { MON: 1 }\n  weekdayTours: 1\n", "plan.dayTours", "one of the two ways");
    refusedAt(BASE + "plan:\n  dayTours: { MONDAY: 1 }\n", "plan.dayTours.MONDAY", "unknown key");
    refusedAt(BASE + "plan:\n  breachBound: 0.000001\n", "plan.breachBound", "from 0.0000036",
        "more than 1,000,000 fresh months");
    refusedAt(BASE + "plan:\n  breachBound: 1e-300\n", "plan.breachBound", "from 0.0000036");
  }

  @Test
  void axesTakeANumberAListOrARange() {
    PlanSpace p = loads("t.yaml", BASE + """
        plan:
          weekdayTours: [2, 0, 1, 1]
          weekendTours: { from: 0, to: 6, step: 2 }
          groupSize: 18
          vehicles: { from: 2, to: 4 }
          earliestStart: "09:00"
          latestStart: "16:00"
          slotMinutes: 60
          costs: { perTour: 10 }
          breachTolerance: 0.05
          screenReplications: 10
          maxReplications: 50
        """).plan();
    assertEquals(List.of(0, 1, 2), p.weekdayTours());
    assertEquals(List.of(0, 2, 4, 6), p.weekendTours());
    assertEquals(List.of(18), p.groupSize());
    assertEquals(List.of(2, 3, 4), p.vehicles());
    assertEquals(new PlanSpace.Costs(10, 300, 400), p.costs());
    assertEquals(0.05, p.breachTolerance());
    assertEquals(3 * 4 * 3, p.size());
  }

  @Test
  void unknownKeysAndBadValuesNameThePath() {
    refusedAt(BASE + "plan:\n  vehicels: [2, 3]\n", "plan.vehicels", "did you mean `vehicles`?");
    refusedAt(BASE + "plan:\n  vehicles: [2, 0]\n", "plan.vehicles[1]", "found 0", "from 1");
    refusedAt(BASE + "plan:\n  guides: { from: 4, to: 2 }\n", "plan.guides.to", "expected a value >= from (4)");
    refusedAt(BASE + "plan:\n  groupSize: \"big\"\n", "plan.groupSize", "a number, a list of numbers");
    refusedAt(BASE + "plan:\n  costs: { perTour: -1 }\n", "plan.costs.perTour", "found -1");
    refusedAt(BASE + "plan:\n  costs: { perTuor: 1 }\n", "plan.costs.perTuor", "did you mean `perTour`?");
    refusedAt(BASE + "plan:\n  latestStart: \"08:00\"\n", "plan.latestStart", "at or after plan.earliestStart");
    refusedAt(BASE + "plan:\n  breachTolerance: 1\n", "plan.breachTolerance", "from 0 to below 1");
    refusedAt(BASE + "plan:\n  breachBound: 0\n", "plan.breachBound", "found 0", "from 0.0000036 to below 1");
    refusedAt(BASE + "plan:\n  costs: { weekendRate: 0 }\n", "plan.costs.weekendRate", "found 0", "a factor > 0");
    refusedAt(BASE + "plan:\n  costs: { currency: 5 }\n", "plan.costs.currency", "a short text");
  }

  @Test
  void costsTakeACurrencyAndAWeekendRateForStaff() {
    PlanSpace p = loads("t.yaml", BASE + """
        plan:
          costs: { perTour: 100, perVehicleDay: 10, perGuideDay: 20, weekendRate: 2, currency: yuan }
          breachBound: 0.01
        """).plan();
    assertEquals(new PlanSpace.Costs(100, 10, 20, 2, "yuan"), p.costs());
    assertEquals(0.01, p.breachBound());
    // a week: 3 weekday tours on 2 days and 2 weekend tours on 1 day, 2 vehicles, 1 guide
    PlanSpace.Calendar c = new PlanSpace.Calendar(5, 3, 2, 1);
    // staff: (3 + 2 x 2) tours x 100 + (2 + 1 x 2) guide days x 20; vehicles at one rate: 3 days x 2 x 10
    assertEquals(700 + 80 + 60, p.costs().month(c, 2, 1), 1e-9);
    assertEquals("840 yuan", p.costs().format(840));
  }

  @Test
  void theCurrencyCountsCharactersAsWrittenAndRefusesWhatWouldReachTheTerminalRaw() {
    String emoji = "💴".repeat(20); // 20 characters, 40 UTF-16 units: once refused as too long
    assertEquals(emoji, loads("t.yaml", BASE + "plan:\n  costs: { currency: \"" + emoji + "\" }\n").plan().costs()
        .currency());
    assertEquals("人民币元", loads("t.yaml", BASE + "plan:\n  costs: { currency: 人民币元 }\n").plan().costs().currency());
    refusedAt(BASE + "plan:\n  costs: { currency: \"" + emoji + "💴\" }\n", "plan.costs.currency", "1 to 20 characters");
    refusedAt(BASE + "plan:\n  costs: { currency: \"yu\\e[31man\" }\n", "plan.costs.currency",
        "without control or formatting characters", "found \"yu\\u001B[31man\"");
    refusedAt(BASE + "plan:\n  costs: { currency: \"\\u202Eyuan\" }\n", "plan.costs.currency",
        "without control or formatting characters");
    refusedAt(BASE + "plan:\n  costs: { currency: \"   \" }\n", "plan.costs.currency", "1 to 20 characters");
  }

  /** "At most 1,000 values each" holds for a list as for a range (a list of 2,000 values was accepted). */
  @Test
  void anAxisListHoldsAtMostAThousandValues() {
    String ones = String.join(", ", java.util.Collections.nCopies(1000, "2"));
    assertEquals(List.of(2), loads("t.yaml", BASE + "plan:\n  vehicles: [" + ones + "]\n").plan().vehicles());
    refusedAt(BASE + "plan:\n  vehicles: [" + ones + ", 3]\n", "plan.vehicles", "found a list of 1,001 values",
        "at most 1,000");
    String many = java.util.stream.IntStream.rangeClosed(1, 2000).mapToObj(Integer::toString)
        .collect(java.util.stream.Collectors.joining(", "));
    refusedAt(BASE + "plan:\n  guides: [" + many + "]\n", "plan.guides", "found a list of 2,000 values");
  }

  @Test
  void theDefaultSlotFitsTheFilesOwnTimetable() {
    // starts 15 min apart: a 30 min default grid would not hold nine tours between 15:30 and 17:30
    PlanSpace p = loads("t.yaml", Fixtures.base("MON: [\"10:00\", \"14:00\"]",
        "MON: [\"15:30\", \"15:45\", \"16:00\", \"16:15\", \"16:30\", \"16:45\", \"17:00\", \"17:15\", \"17:30\"]")
        .replace("SAT: [\"09:30\", \"11:00\"]", "SAT: [\"15:30\"]")).plan();
    assertEquals(15, p.slotMinutes());
    assertEquals(List.of(9), p.weekdayTours());
  }

  @Test
  void anExplicitMaxSizeIsKept() {
    PlanSpace p = loads("t.yaml", Fixtures.base("  partySize: 1\n", "  partySize: 1\n  maxSize: 20\n")).plan();
    assertEquals(20, p.maxSizeFromFile());
  }
}
