package org.tourplan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.tourplan.plan.PlanResult;
import org.tourplan.plan.Planner;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.plan.PlanReportWriter;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;

/**
 * The {@code plan} use case: the planner's search, then the recommendation and the file's own timetable simulated
 * and judged in full for their reports, then (when given a folder) the plan page and both reports written, all on
 * one executor and one {@link Compiler}, so each candidate is compiled once and the two timetables the reports show
 * reuse the setups the planner judged.
 *
 * @param plan    the planner's answer
 * @param chosen  the recommendation simulated and judged, or null when nothing was recommended
 * @param current the file's own timetable, exactly as written, simulated and judged for maxReplications months
 * @param seconds the time from the start of the search until both timetables were judged (writing excluded)
 * @param index   the plan page's index.html, or null when no folder was given
 */
public record PlanJob(PlanResult plan, Assessment chosen, Assessment current, double seconds, Path index) {

  /**
   * Plans {@code scenario} (which has a target) and judges both timetables for their reports, writing nothing.
   *
   * @param compiler compiles every scenario of the command (tests count its compiles)
   * @param progress told of each candidate and step; may be null
   */
  public static PlanJob run(Scenario scenario, MonthExecutor executor, Compiler compiler, Progress progress) {
    try {
      return run(scenario, executor, compiler, null, progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // nothing is written without a folder
    }
  }

  /**
   * Plans {@code scenario} (which has a target), judges both timetables and writes the plan page, recommended.yaml,
   * plan.json and both reports into {@code folder} (null: nothing written).
   *
   * @param compiler compiles every scenario of the command (tests count its compiles)
   * @param progress told of each candidate, then of the number of steps and each step; may be null
   * @throws IOException when the plan folder cannot be written
   */
  public static PlanJob run(Scenario scenario, MonthExecutor executor, Compiler compiler, OutputFolder folder,
                            Progress progress) throws IOException {
    Progress p = progress == null ? Progress.NONE : progress;
    long started = System.nanoTime();
    PlanResult plan = Planner.plan(scenario, executor, compiler, (done, total, what) -> p.searched(done, total));
    p.steps((folder == null ? 1 : 2) + (plan.scenario() == null ? 0 : 1));
    p.step("simulating the current timetable for its report");
    Assessment current = current(plan, compiler, executor);
    if (plan.scenario() != null) {
      p.step("simulating the recommended timetable for its report");
    }
    Assessment chosen = chosen(plan, compiler, executor);
    double seconds = (System.nanoTime() - started) / 1e9;
    Path index = null;
    if (folder != null) {
      p.step("writing the plan page and both reports");
      index = new PlanReportWriter().write(plan, chosen, current, folder);
    }
    return new PlanJob(plan, chosen, current, seconds, index);
  }

  /** The file's own timetable, exactly as written, simulated and judged for maxReplications months. */
  private static Assessment current(PlanResult plan, Compiler compiler, MonthExecutor executor) {
    Scenario file = plan.base().withRun(plan.base().seed(), plan.base().plan().maxReplications());
    return Assessment.of(file, compiler.compile(file), executor);
  }

  /** The recommendation simulated and judged, or null when nothing was recommended. */
  private static Assessment chosen(PlanResult plan, Compiler compiler, MonthExecutor executor) {
    return plan.scenario() == null ? null
        : Assessment.of(plan.scenario(), compiler.compile(plan.scenario()), executor);
  }

  /**
   * The scenario with the command line's target and confidence (either may be null: the file's, or 0.95); a target
   * of 0 or less removes it.
   */
  public static Scenario withTarget(Scenario s, Double target, Double confidence) {
    if (target == null && confidence == null) {
      return s;
    }
    Target old = s.target();
    Target t = new Target(target != null ? target : old != null ? old.visitorsPerMonth() : 0,
        old != null ? old.unit() : Target.Unit.VISITORS,
        confidence != null ? confidence : old != null ? old.confidence() : 0.95);
    return s.toBuilder().target(t.visitorsPerMonth() <= 0 ? null : t).build();
  }
}
