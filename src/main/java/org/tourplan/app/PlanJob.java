package org.tourplan.app;

import org.tourplan.plan.PlanResult;
import org.tourplan.plan.Planner;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;

/**
 * The {@code plan} use case: the planner's search, then the recommendation and the file's own timetable simulated
 * and judged in full for their reports (the command writes them), all on one executor and one {@link Compiler}, so each candidate is compiled
 * once and the two timetables the reports show reuse the setups the planner judged.
 *
 * @param plan    the planner's answer
 * @param chosen  the recommendation simulated and judged, or null when nothing was recommended
 * @param current the file's own timetable, exactly as written, simulated and judged for maxReplications months
 */
public record PlanJob(PlanResult plan, Assessment chosen, Assessment current) {

  /**
   * Plans {@code scenario} (which has a target) and judges both timetables for their reports.
   *
   * @param compiler compiles every scenario of the command (tests count its compiles)
   * @param progress called after each candidate; may be null
   */
  public static PlanJob run(Scenario scenario, MonthExecutor executor, Compiler compiler, Planner.Progress progress) {
    PlanResult plan = Planner.plan(scenario, executor, compiler, progress);
    return new PlanJob(plan, chosen(plan, compiler, executor), current(plan, compiler, executor));
  }

  /** The file's own timetable, exactly as written, simulated and judged for maxReplications months. */
  public static Assessment current(PlanResult plan, Compiler compiler, MonthExecutor executor) {
    Scenario file = plan.base().withRun(plan.base().seed(), plan.base().plan().maxReplications());
    return Assessment.of(file, compiler.compile(file), executor);
  }

  /** The recommendation simulated and judged, or null when nothing was recommended. */
  public static Assessment chosen(PlanResult plan, Compiler compiler, MonthExecutor executor) {
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
    if (t.visitorsPerMonth() <= 0) {
      return new Scenario(s.name(), s.month(), s.seed(), s.replications(), s.group(), s.zones(), s.route(),
          s.returnTo(), s.travel(), s.shuttles(), s.guides(), s.schedule(), s.limits(), null, s.demand(), s.plan());
    }
    return new Scenario(s.name(), s.month(), s.seed(), s.replications(), s.group(), s.zones(), s.route(),
        s.returnTo(), s.travel(), s.shuttles(), s.guides(), s.schedule(), s.limits(), t, s.demand(), s.plan());
  }
}
