package org.tourplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.output.OutputFolder;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.scenario.Scenario;

/** The report use case: simulate, judge and write in one call, telling its caller each step (the CLI's bar). */
class ReportJobTest {
  @TempDir
  Path tmp;

  @Test
  void simulatesJudgesAndWritesTellingEachStep() throws Exception {
    Scenario file = ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour.yaml"));
    Scenario s = file.withRun(file.seed(), 6);
    List<String> told = new ArrayList<>();
    Progress recording = new Progress() {
      @Override
      public void steps(int count) {
        told.add("steps " + count);
      }

      @Override
      public void step(String what) {
        told.add(what);
      }
    };
    ReportJob job;
    try (MonthExecutor local = new LocalExecutor(2)) {
      job = ReportJob.run(s, false, local, OutputFolder.report(tmp, s.name()), recording);
    }
    assertEquals(List.of("steps 2", "simulating 6 months", "writing the page and its charts"), told);
    assertNull(job.shuttles());
    assertTrue(Files.isRegularFile(job.index()), job.index().toString());
    assertTrue(job.index().startsWith(tmp));
    Results simulated = Runner.simulate(s, 2, null);
    assertEquals(simulated.metric("visitorsPerMonth").summary(),
        job.assessment().results().metric("visitorsPerMonth").summary());
  }
}
