package org.tourplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tourplan.text.Numbers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.tourplan.app.GridCheck;
import org.tourplan.app.PlanJob;
import org.tourplan.app.SeasonPlanJob;
import org.tourplan.app.Where;
import org.tourplan.plan.SeasonPlanner;
import org.tourplan.plan.PlanResult;
import org.tourplan.plan.Exhaustive;
import org.tourplan.output.OutputFolder;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.Scenario;

/** {@code tourplan plan FILE}: the cheapest schedule, fleet and guides that reach the target safely. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"Searches the file's plan space (see docs/scenario-format.md, \"The plan section\") for the "
        + "least costly tour counts, start times (designed for each class of day), fleet and guide roster whose "
        + "months reach the target with the stated confidence and breach a limit with probability at most "
        + "plan.breachBound (tested on fresh months), and writes OUT/<name>/plan/index.html (the recommendation, "
        + "why cheaper options were rejected, charts), recommended.yaml (a complete scenario file) and the full "
        + "reports of the recommended and the current schedule.",
        "On a file with a season (unless --one-month), plans the whole season instead: one group, fleet and guides "
        + "and a timetable for each phase, every month reaching its own target (its phase's, else the file's) "
        + "and confirmed on fresh months, the season's waiting goal met, at the least season cost; writes "
        + "OUT/<name>/season-plan/ (index.html, recommended.yaml: a season file tourplan season runs, "
        + "season-plan.json).",
        "Exit codes: 0 a schedule (or season) was recommended, 1 none is feasible, 2 bad input or usage."})
final class PlanCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--target", paramLabel = "N", description = "Visitors a month to reach (default: the file's).")
  Double target;

  @Option(names = "--confidence", paramLabel = "P",
      description = "Probability that a month reaches the target (default: the file's, or 0.95).")
  Double confidence;

  @CommandLine.Mixin
  SeedOption seed;

  @CommandLine.Mixin
  ThreadsOption threads;

  @CommandLine.Mixin
  OutOption out;

  @CommandLine.Mixin
  ProgressOption progress;

  @Option(names = "--compare-grid", description = "Also enumerate every candidate of the space (every list of start "
      + "times, judged on full months by the same test; slow, and only for spaces of at most 20,000 candidates) "
      + "and print whether it gives the same answer, and its cost in months.")
  boolean compareGrid;

  @CommandLine.Mixin
  PdfOption pdf;

  @Option(names = "--one-month", description = "On a file with a season, plan only its month (the file's month: "
      + "key), as for a file without one, instead of the whole season.")
  boolean oneMonth;

  @CommandLine.Mixin
  ClusterOptions where;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    threads.check(cl);
    if (target != null && !(target > 0 && target <= Bounds.AMOUNT)) {
      throw new CommandLine.ParameterException(cl, "--target: found " + target + ", expected a number > 0 and at "
          + "most 1e9 (" + Bounds.n((long) Bounds.AMOUNT) + ")");
    }
    if (confidence != null && !(confidence > 0 && confidence <= 1)) {
      throw new CommandLine.ParameterException(cl, "--confidence: found " + confidence
          + ", expected a probability above 0 and at most 1");
    }
    where.check(cl);
    out.check(cl);
    Scenario scenario = Scenarios.load(file, cl.getErr());
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    boolean season = scenario.season() != null && !oneMonth;
    if (season && compareGrid) {
      throw new CommandLine.ParameterException(cl, "--compare-grid: enumerates one month's candidates; a season "
          + "plan is checked against an exhaustive enumeration by its tests (give --one-month to compare the "
          + "month's plan)");
    }
    OutputFolder folder = season ? OutputFolder.seasonPlan(out.out, scenario.name())
        : OutputFolder.plan(out.out, scenario.name());
    Outputs.checkFolder(folder, where.inputs(file));
    scenario = PlanJob.withTarget(scenario, target, confidence);
    if (season) {
      String missing = SeasonPlanner.missingTarget(scenario);
      if (missing != null) {
        throw new UserError(Text.safe(file.toString()) + ": " + missing);
      }
    } else if (scenario.target() == null) {
      throw new UserError(Text.safe(file.toString()) + " has no target: add target.visitorsPerMonth to the file "
          + "or give --target N");
    }
    if (seed.seed != null) {
      scenario = scenario.withRun(seed.seed, scenario.replications());
    }
    Where w = where.where(threads.threads());
    return season ? season(cl, scenario, w, folder) : plan(cl, scenario, w, folder);
  }

  private int season(CommandLine cl, Scenario scenario, Where where, OutputFolder folder) {
    SeasonPlanJob job;
    Path pdfFile;
    long units = scenario.season().months().stream().map(m -> m.phase()).distinct().count();
    try (StepsProgress steps = progress.open("Reports", pdf.steps())
        .withSearch(units * (scenario.plan().size() + 1))) {
      job = SeasonPlanJob.run(new SeasonPlanJob.Request(scenario, where, folder), steps);
      pdfFile = pdf.write(steps, job.index().getParent());
    } catch (IOException e) {
      throw Outputs.failed(folder, e);
    }
    PrintWriter o = cl.getOut();
    SeasonPlanPrinter.print(job, o);
    o.println();
    o.println("Report: " + Text.safe(job.index().toString()));
    if (pdfFile != null) {
      o.println("PDF:    " + Text.safe(pdfFile.toString()));
    }
    if (job.plan().planned()) {
      o.println("Season file: " + Text.safe(job.index().resolveSibling("recommended.yaml").toString())
          + " (run it with: tourplan season <that file>)");
    }
    return job.plan().planned() ? 0 : Main.PROBLEM;
  }

  private int plan(CommandLine cl, Scenario scenario, Where where, OutputFolder folder) {
    PlanJob job;
    Path pdfFile;
    try (StepsProgress steps = progress.open("Reports", pdf.steps()).withSearch(scenario.plan().size() + 1)) {
      job = PlanJob.run(new PlanJob.Request(scenario, where, folder, compareGrid), steps);
      pdfFile = pdf.write(steps, job.index().getParent());
    } catch (IOException e) {
      throw Outputs.failed(folder, e);
    }
    PlanResult plan = job.plan();
    double seconds = job.seconds();
    Path index = job.index();
    PrintWriter o = cl.getOut();
    PlanPrinter.print(plan, o, seconds);
    if (job.grid() != null) {
      GridCheck check = job.grid();
      Exhaustive.Grid grid = check.grid();
      if (grid == null) {
        o.printf(java.util.Locale.ROOT, "%nGrid search: not run: the plan space holds %s candidates, more than the "
            + "%s an exhaustive search takes on%n", Numbers.count(plan.effort().candidates()),
            Numbers.count(GridCheck.MOST));
      } else {
        o.printf(java.util.Locale.ROOT, "%nGrid search: %s answer (%s judged); %s simulated in full in %.1f s, "
                + "against the planner's %s in %.1f s%s%n", check.same() ? "the same" : "A DIFFERENT",
            Numbers.plural(grid.candidates(), "candidate"), Numbers.plural(grid.months(), "month"), check.seconds(),
            Numbers.count(plan.effort().fullMonths()), seconds,
            PlanPrinter.timesAsMany(grid.months(), plan.effort().fullMonths()));
      }
    }
    o.println();
    o.println("Report: " + Text.safe(index.toString()));
    if (pdfFile != null) {
      o.println("PDF:    " + Text.safe(pdfFile.toString()));
    }
    if (plan.scenario() != null) {
      o.println("Recommended scenario: " + Text.safe(index.resolveSibling("recommended.yaml").toString())
          + " (confirm it with: tourplan simulate <that file>)");
    }
    return plan.recommended() == null ? Main.PROBLEM : 0;
  }
}
