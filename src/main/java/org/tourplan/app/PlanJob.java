package org.tourplan.app;

import java.io.IOException;
import java.nio.file.Path;
import org.tourplan.plan.PlanResult;
import org.tourplan.plan.Planner;
import org.tourplan.report.PlanReportWriter;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;

/**
 * The {@code plan} use case: the planner's search, then the recommendation and the file's own timetable simulated
 * and judged in full for their reports, all on one executor and one {@link Compiler}, so each candidate is compiled
 * once and the two timetables the reports show reuse the setups the planner judged.
 *
 * @param plan    the planner's answer
 * @param chosen  the recommendation simulated and judged, or null when nothing was recommended
 * @param current the file's own timetable, exactly as written, simulated and judged for maxReplications months
 * @param index   the plan page written
 */
public record PlanJob(PlanResult plan, Assessment chosen, Assessment current, Path index) {

  /**
   * Plans {@code scenario} (which has a target), judges both timetables and writes the plan folder under {@code out}.
   *
   * @param compiler compiles every scenario of the command (tests count its compiles)
   * @param progress called after each candidate; may be null
   * @throws IOException when the plan folder cannot be written (any earlier one stays as it was)
   */
  public static PlanJob run(Scenario scenario, MonthExecutor executor, Compiler compiler, Planner.Progress progress,
                            Path out) throws IOException {
    PlanResult plan = Planner.plan(scenario, executor, compiler, progress);
    Scenario file = plan.base().withRun(plan.base().seed(), scenario.plan().maxReplications());
    Assessment current = Assessment.of(file, compiler.compile(file), executor);
    Assessment chosen = plan.scenario() == null ? null
        : Assessment.of(plan.scenario(), compiler.compile(plan.scenario()), executor);
    Path index = new PlanReportWriter().write(plan, chosen, current, out);
    return new PlanJob(plan, chosen, current, index);
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
    if (t.visitorsPerMonth() <= 0) {
      return new Scenario(s.name(), s.month(), s.seed(), s.replications(), s.group(), s.zones(), s.route(),
          s.returnTo(), s.travel(), s.shuttles(), s.guides(), s.schedule(), s.limits(), null, s.demand(), s.plan());
    }
    return new Scenario(s.name(), s.month(), s.seed(), s.replications(), s.group(), s.zones(), s.route(),
        s.returnTo(), s.travel(), s.shuttles(), s.guides(), s.schedule(), s.limits(), t, s.demand(), s.plan());
  }
}
