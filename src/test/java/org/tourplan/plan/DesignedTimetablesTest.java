package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.run.ClopperPearson;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.scenario.Scenario;
import org.tourplan.testing.Slow;

/**
 * Designed start times on a site like issue 19's: visitors spend 40 minutes in a museum first, the assembly line
 * stops for a shift change from 12:00 to 13:00, the site closes at 17:30, and six tours are needed on each weekend
 * day. Spread evenly, one of the six arrives at the line during the shift change; the planner must design starts
 * around it without any change to the site's facts.
 */
@Slow
class DesignedTimetablesTest {
  private static final String SITE = "src/test/resources/plan/museum-shift.yaml";
  private static PlanResult plan;

  @BeforeAll
  static void planTheSite() throws Exception {
    plan = Planner.plan(ScenarioLoader.load(Path.of(SITE)), 2, null);
  }

  static Scenario edited(String from, String to) throws Exception {
    String text = Files.readString(Path.of(SITE));
    assertTrue(text.contains(from), from);
    return ScenarioLoader.parse("edited.yaml", text.replace(from, to).getBytes(StandardCharsets.UTF_8));
  }

  /** The site with the weekend timetable a planner would make by hand: two tours at once, around the shift change. */
  static Scenario handMade() throws Exception {
    return ScenarioLoader.load(handMadePath());
  }

  @Test
  void theSiteGetsATimetableAroundTheShiftChangeWithoutAnyChangeToItsFacts() throws Exception {
    Evaluation r = plan.recommended();
    assertNotNull(r, "a timetable is recommended");
    assertEquals(6, r.candidate().toursOn(DayOfWeek.SATURDAY));
    List<LocalTime> weekend = r.candidate().starts().get(DayOfWeek.SATURDAY);
    for (LocalTime t : weekend) {
      // a tour reaches the line about 50 minutes after its start: from 10:30 to 11:30 it meets the shift change
      assertFalse(!t.isBefore(LocalTime.of(10, 30)) && !t.isAfter(LocalTime.of(11, 30)), "starts at " + t);
    }
    assertTrue(r.confirmation().passed(), r.confirmation().toString());
    // the same zones, limits, fleet rules and month as the file: only counts, fleet, guides and starts differ
    Scenario s = plan.scenario();
    Scenario file = ScenarioLoader.load(Path.of(SITE));
    assertEquals(file.zones(), s.zones());
    assertEquals(file.limits(), s.limits());
    assertEquals(file.route(), s.route());
    // the file's own, evenly spread weekend timetable breaches on every weekend day
    assertEquals(Evaluation.Status.LIMIT_BREACHED, plan.current().status());
  }

  @Test
  void theRecommendedCostIsTheSameForThreeSeeds() throws Exception {
    for (long seed : new long[] {7L, 2026L}) {
      PlanResult p = Planner.plan(edited("seed: 19\n", "seed: " + seed + "\n"), 2, null);
      assertEquals(plan.recommended().cost(), p.recommended().cost(), 0, "seed " + seed);
    }
  }

  @Test
  void itCostsNoMoreThanAHandMadeSafeDesign() throws Exception {
    Scenario hand = handMade();
    Results r = Runner.simulate(hand.withRun(hand.seed(), 2000), 2, null);
    r.breaches().forEach(b -> assertEquals(0, b.monthsBreached(), "the hand-made design is safe: " + b.rule()));
    assertTrue(r.target().met());
    assertTrue(plan.recommended().cost() <= MonthlyCost.of(hand).cost(),
        plan.recommended().cost() + " against " + MonthlyCost.of(hand).cost());
  }

  @Test
  void itHoldsOnThousandsOfFreshMonthsAtAnotherSeed() throws Exception {
    Scenario s = plan.scenario();
    Results r = Runner.simulate(s.withRun(s.seed() + 1_000_003, 4000), 2, null);
    int breached = r.breaches().stream().mapToInt(b -> b.monthsBreached()).max().orElse(0);
    // at most the bound: the exact lower bound of what 4,000 months show must not be above it
    assertTrue(ClopperPearson.lower95(breached, 4000) <= s.plan().breachBound(), breached + " of 4,000");
    assertTrue(r.target().met(), r.target().toString());
  }

  @Test
  void evenlySpreadStartsAloneFindNothing() throws Exception {
    PlanResult even = Planner.plan(edited("  slotMinutes: 30\n", "  slotMinutes: 30\n  starts: even\n"), 2, null);
    assertNull(even.recommended(), "six evenly spread tours always meet the shift change");
    assertEquals("limits", even.diagnosis().kind());
  }

  @Test
  void aPlanSectionWithCostsButNoAxesRecommendsTheFilesOwnTimetableWhenItWorks() throws Exception {
    String text = Files.readString(handMadePath());
    String plain = text.substring(0, text.indexOf("\nplan:")) + "\nplan:\n  costs: { perTour: 1000, perVehicleDay: "
        + "300, perGuideDay: 400, weekendRate: 2, currency: yuan }\n";
    Scenario s = ScenarioLoader.parse("own.yaml", plain.getBytes(StandardCharsets.UTF_8));
    PlanResult p = Planner.plan(s, 2, null);
    assertNotNull(p.recommended());
    assertEquals(p.current().candidate(), p.recommended().candidate(), "the file's own timetable comes first");
    assertEquals(MonthlyCost.of(s).cost(), p.recommended().cost(), 0);
  }

  private static Path handMadePath() throws Exception {
    Path f = Files.createTempFile("hand", ".yaml");
    Files.writeString(f, Files.readString(Path.of(SITE)).replace(
        "SAT: [\"09:00\", \"10:00\", \"11:30\", \"12:30\", \"14:00\", \"15:00\"]",
        "SAT: [\"09:30\", \"10:00\", \"12:30\", \"13:00\", \"14:30\", \"15:00\"]").replace(
        "SUN: [\"09:00\", \"10:00\", \"11:30\", \"12:30\", \"14:00\", \"15:00\"]",
        "SUN: [\"09:30\", \"10:00\", \"12:30\", \"13:00\", \"14:30\", \"15:00\"]"));
    f.toFile().deleteOnExit();
    return f;
  }

  @Test
  void fixedStartsAreKeptAndForbiddenWindowsAvoided() throws Exception {
    PlanResult p = Planner.plan(edited("  slotMinutes: 30\n", "  slotMinutes: 30\n  fixedStarts: [\"09:00\"]\n"
        + "  forbiddenStarts: [{ from: \"13:30\", to: \"14:00\" }]\n"), 2, null);
    assertNotNull(p.recommended());
    for (List<LocalTime> day : p.recommended().candidate().starts().values()) {
      assertTrue(day.contains(LocalTime.of(9, 0)), day.toString());
      assertTrue(day.stream().noneMatch(t -> !t.isBefore(LocalTime.of(13, 30)) && t.isBefore(LocalTime.of(14, 0))),
          day.toString());
    }
  }

  @Test
  void theBundledBatteryPlantIsPlannedAsItsReadmeSays() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/ningde-battery-plant.yaml"));
    PlanResult p = Planner.plan(s, 2, null);
    Evaluation r = p.recommended();
    assertNotNull(r);
    assertEquals(102_400, r.cost(), 0, r.candidate().label());
    assertEquals(0, r.candidate().toursOn(DayOfWeek.MONDAY), "no Monday tours");
    assertTrue(r.candidate().starts().get(DayOfWeek.SATURDAY).contains(LocalTime.of(10, 0)), "the partner's bus");
    for (List<LocalTime> day : r.candidate().starts().values()) {
      assertTrue(day.stream().noneMatch(t -> t.getHour() == 12), "the guides' lunch: " + day);
    }
    assertTrue(r.confirmation().passed());
    // the extra tour of 18 October is a kind of day of its own, judged with the Saturday's designed starts
    assertTrue(r.screening().kinds().stream().anyMatch(k -> k.name().startsWith("2025-10-18")
        && k.starts().contains(LocalTime.of(14, 30))), r.screening().kinds().toString());
    // written at 15:30 it dooms every candidate, and the diagnosis names it with where it could go
    Scenario late = ScenarioLoader.parse("late.yaml", Files.readString(Path.of("scenarios/ningde-battery-plant.yaml"))
        .replace("\"2025-10-18\": [\"14:30\"]", "\"2025-10-18\": [\"15:30\"]").getBytes(StandardCharsets.UTF_8));
    PlanResult q = Planner.plan(late, 2, null);
    assertNull(q.recommended());
    assertTrue(q.diagnosis().binding().get(0).startsWith("the extra tour of schedule.extra at 15:30 on 2025-10-18 "
        + "ends after the 17:00 close"), q.diagnosis().binding().toString());
    assertTrue(q.diagnosis().fixes().get(0).startsWith("move the extra tour at 15:30 on 2025-10-18 to 15:05 or "
        + "earlier"), q.diagnosis().fixes().toString());
  }

  @Test
  void countsPerDayOfTheWeekGetTimetablesOfTheirOwn() throws Exception {
    PlanResult p = Planner.plan(edited("  weekdayTours: 1\n  weekendTours: { from: 4, to: 7 }\n",
        "  dayTours: { MON: 1, TUE: 1, WED: 1, THU: 1, FRI: 1, SAT: [6, 7], SUN: [5, 6] }\n"), 2, null);
    assertNotNull(p.recommended());
    Candidate c = p.recommended().candidate();
    assertTrue(c.toursOn(DayOfWeek.SUNDAY) >= 5 && c.toursOn(DayOfWeek.SATURDAY) >= 6, c.label());
    for (DayOfWeek d : DayOfWeek.values()) {
      assertEquals(c.toursOn(d), c.starts().getOrDefault(d, List.of()).size(), d.toString());
    }
  }
}
