package org.tourplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.plan.Evaluation;
import org.tourplan.run.Compiler;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.run.Summary;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.ScenarioLoader;

/**
 * One number per question (issue 9, item 5): the plan's current timetable is the file exactly as written, judged as
 * {@code simulate} judges it; a file without a plan section is its own one candidate. And one compile per candidate.
 */
class PlanJobTest {
  private static final String DEFAULT = "scenarios/beijing-ev-tour.yaml";

  @TempDir
  Path tmp;

  /** A plan section over the given axes (the default's costs), judged on 40 months. */
  private static String plan(String weekday, String weekend, String vehicles) {
    return "plan:\n  weekdayTours: " + weekday + "\n  weekendTours: " + weekend + "\n  groupSize: [6]\n"
        + "  overbook: [0]\n  vehicles: " + vehicles + "\n  guides: [4]\n"
        + "  costs: { perTour: 1200, perVehicleDay: 350, perGuideDay: 450 }\n  maxReplications: 40\n";
  }

  /** The default file with 40 months and the given edits of its text (regex, replacement, ...). */
  private static Scenario variant(String name, String... edits) throws Exception {
    String text = Files.readString(Path.of(DEFAULT), StandardCharsets.UTF_8)
        .replaceFirst("(?m)^replications: \\d+", "replications: 40")
        .replaceFirst("(?m)^  maxReplications: \\d+", "  maxReplications: 40");
    for (int i = 0; i < edits.length; i += 2) {
      String before = text;
      text = text.replaceFirst(edits[i], edits[i + 1]);
      assertTrue(!text.equals(before) || edits[i + 1].isEmpty(), "edit not applied: " + edits[i]);
    }
    return ScenarioLoader.parse(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private PlanJob plan(Scenario s, Compiler compiler) throws Exception {
    try (MonthExecutor local = new LocalExecutor(2)) {
      return PlanJob.run(s, local, compiler, null);
    }
  }

  private static void assertSameNumbers(Results simulated, Evaluation.TargetEstimate page) {
    Summary v = simulated.metric("visitorsPerMonth").summary();
    assertEquals(v.mean(), page.visitorsMean(), 1e-9 * v.mean());
    assertEquals(v.ciLow(), page.visitorsLow(), 1e-9 * v.mean());
    assertEquals(v.ciHigh(), page.visitorsHigh(), 1e-9 * v.mean());
    assertEquals(simulated.metric("placesPerMonth").summary().mean(), page.placesMean(), 1e-9 * v.mean());
  }

  @Test
  void anIrregularCurrentTimetableIsJudgedAsWrittenAsSimulateJudgesIt() throws Exception {
    // Sunday cut to one tour: the counts (1 every weekday, up to 6 a weekend day) are those of a grid candidate
    // with six Sunday tours, whose numbers the plan once showed for the file
    Scenario s = PlanJob.withTarget(variant("sunday.yaml", "(?m)^    SUN: \\[.*\\]", "    SUN: [\"09:00\"]",
        "(?ms)^plan:.*", plan("[1]", "[3, 6]", "[6]")), 500.0, null);
    Results simulated = Runner.simulate(s, 2, null);
    PlanJob job = plan(s, new Compiler());
    Evaluation.TargetEstimate current = job.plan().current().target();
    assertNotNull(current, job.plan().current().reason());
    assertSameNumbers(simulated, current);
    // the linked current/ report shows the same months
    assertEquals(simulated.metric("visitorsPerMonth").summary(), job.current().results().metric("visitorsPerMonth")
        .summary());
    assertEquals(51, job.plan().current().tours()); // as written: 23 weekdays + 4 Saturdays x 6 + 4 Sundays x 1
    // and its words say so, not the regular pattern of its counts
    assertEquals("1 tour every weekday, 6 every Saturday, 1 every Sunday",
        job.plan().current().candidate().pattern());
    // a grid candidate with six tours every weekend day has more visitors: the numbers were not taken from it
    double grid = job.plan().volumes().stream().filter(v -> v.weekdayTours() == 1 && v.weekendTours() == 6)
        .findFirst().orElseThrow().target().visitorsMean();
    assertTrue(grid > current.visitorsMean() + 50, grid + " vs " + current.visitorsMean());
  }

  @Test
  void withoutAPlanSectionTheOneCandidateIsTheFileItselfCompiledOnce() throws Exception {
    // three tours on Monday only and no plan section: the candidate is not "three tours every weekday"
    Scenario s = PlanJob.withTarget(variant("monday.yaml", "(?ms)^plan:.*", "",
        "(?m)^    MON: \\[.*\\]", "    MON: [\"09:00\", \"11:00\", \"14:00\"]",
        "(?m)^    (TUE|WED|THU|FRI): \\[.*\\]\\n", "", "(?m)^    (TUE|WED|THU|FRI): \\[.*\\]\\n", "",
        "(?m)^    (TUE|WED|THU|FRI): \\[.*\\]\\n", "", "(?m)^    (TUE|WED|THU|FRI): \\[.*\\]\\n", "",
        "(?m)^    SAT: \\[.*\\]\\n(^ +#.*\\n)*", "", "(?m)^    SUN: \\[.*\\]\\n", ""), 100.0, null);
    assertEquals(1, s.schedule().days().size(), s.schedule().days().toString());
    Results simulated = Runner.simulate(s, 2, null);
    Compiler compiler = new Compiler();
    PlanJob job = plan(s, compiler);
    assertEquals(1, job.plan().evaluated().size());
    Evaluation only = job.plan().evaluated().get(0);
    assertEquals(12, only.tours()); // the four Mondays of July 2025, three tours each
    assertEquals("3 tours every Monday", only.candidate().pattern());
    assertEquals(only.candidate(), job.plan().current().candidate());
    assertEquals(job.plan().current().cost(), only.cost());
    assertSameNumbers(simulated, only.target());
    assertSameNumbers(simulated, job.plan().current().target());
    // planner (target and limits), the current timetable and the recommendation's reports: one compile
    assertEquals(1, compiler.count());
  }

  @Test
  void turnedAwayCoversTheMonthsSimulateRunsEvenWhenTheTargetNeedsMore() throws Exception {
    // tours capped at 15 persons turn parties away; a target at the mean with confidence 0.5 keeps P(target)'s
    // interval straddling for many more months than simulate runs, and turned away must not be averaged over those
    Scenario file = variant("crowded.yaml", "(?m)^  maxSize: 20", "  maxSize: 15",
        "(?ms)^plan:.*", plan("[1]", "[6]", "[6]"));
    Results simulated = Runner.simulate(PlanJob.withTarget(file, 1000.0, null), 2, null);
    double mean = simulated.metric("visitorsPerMonth").summary().mean();
    Scenario s = PlanJob.withTarget(file, Math.rint(mean), 0.5);
    PlanJob job = plan(s, new Compiler());
    Evaluation.TargetEstimate current = job.plan().current().target();
    assertNotNull(current, job.plan().current().reason());
    assertTrue(current.months() > current.replications(), current.months() + " months counted");
    double away = simulated.metric("turnedAway").summary().mean();
    assertTrue(away > 1, "turned away " + away);
    assertEquals(away, current.turnedAwayMean(), 1e-9 * away);
    assertEquals(away, job.current().results().metric("turnedAway").summary().mean(), 1e-9 * away);
    assertSameNumbers(simulated, current);
  }

  @Test
  void onePlanCommandCompilesEachCandidateOnce() throws Exception {
    Scenario s = PlanJob.withTarget(variant("small.yaml", "(?ms)^plan:.*", plan("[0, 1]", "[2, 3]", "[5, 6]")),
        300.0, null);
    Compiler compiler = new Compiler();
    PlanJob job = plan(s, compiler);
    assertNotNull(job.chosen());
    long judged = job.plan().evaluated().stream().filter(e -> e.safety() != null).count();
    // every candidate whose limits were judged was compiled; nothing else but the counted volumes and the file was;
    // the recommendation and the file are simulated again for their reports without a compile of their own
    assertTrue(compiler.count() >= judged, compiler.count() + " < " + judged);
    assertTrue(compiler.count() <= job.plan().evaluated().size() + job.plan().volumes().size() + 1,
        compiler.count() + " compiles");
    int before = compiler.count();
    compiler.compile(job.chosen().scenario());
    compiler.compile(job.current().scenario());
    assertEquals(before, compiler.count());
  }
}
