package org.tourplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.tourplan.app.Progress;
import org.tourplan.app.SweepJob;
import org.tourplan.output.OutputFolder;
import org.tourplan.scenario.Scenario;
import org.tourplan.sweep.Sweep;
import org.tourplan.sweep.Variant;
import org.tourplan.sweep.Variants;
import org.tourplan.sweep.Vary;

/** {@code tourplan sweep FILE --vary KEY=VALUES ...}: the grid of variants of one file, side by side. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Simulates every combination of the --vary values (each variant with the file's seed: the same "
        + "random numbers for all, so differences come from the settings) and writes a comparison report "
        + "OUT/<name>/sweep-<the varied keys>/ (index.html, charts, sweep.csv, sweep.json); a sweep over other keys "
        + "gets a folder of its own.",
        "Keys: " + "group.size, group.overbook, group.noShowRate, group.maxSize, shuttles.vehicles, shuttles.seats, "
            + "guides.count, guides.maxVisitorsPerGuide, zones.<id>.capacity|maxGroups|headway, "
            + "limits.<name>, target.visitorsPerMonth, target.confidence.",
        "A variant whose values make the file invalid (say, too few shuttles for the largest group) is shown as "
            + "'not valid' with the loader's reason, is not simulated and is never the best.",
        "Exit codes: 0 ran (at least one variant valid), 2 bad input or usage (an unknown key, a bad range, no "
            + "variant that is a valid scenario, no cluster worker answering)."})
final class SweepCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--vary", paramLabel = "KEY=VALUES", required = true,
      description = "A key and its values: a,b,c or a..b (whole numbers, both ends included); repeat for a grid, "
          + "e.g. --vary group.size=16,20,24 --vary shuttles.vehicles=3..6.")
  List<String> vary = new ArrayList<>();

  @CommandLine.Mixin
  RunOptions run;

  @CommandLine.Mixin
  ClusterOptions where;

  @CommandLine.Mixin
  SweepFiles output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Longest line of the reasons printed when no variant is valid. */
  static final int REASON_WIDTH = 160;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    run.check(cl);
    where.check(cl);
    output.check(cl, where.inputs(file));
    List<Vary> parsed = new ArrayList<>();
    for (String v : vary) {
      try {
        parsed.add(Vary.parse(v));
      } catch (IllegalArgumentException e) {
        throw new UserError(Text.safe(e.getMessage()));
      }
    }
    Scenario scenario = Scenarios.load(file, cl.getErr());
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    scenario = run.apply(scenario);
    List<String> keys = parsed.stream().map(Vary::key).toList();
    OutputFolder folder = OutputFolder.sweep(output.out.out, scenario.name(), keys);
    output.check(cl, where.inputs(file), folder);
    List<Variant> variants;
    try {
      variants = Variants.grid(scenario, parsed);
    } catch (IllegalArgumentException e) {
      throw new UserError(Text.safe(e.getMessage()));
    }
    if (variants.stream().noneMatch(Variant::valid)) {
      PrintWriter err = cl.getErr();
      err.println("tourplan: no variant is a valid scenario, so nothing was simulated:");
      for (Variant v : variants) {
        err.println("  " + shorten(Text.safe(v.label() + ": " + v.reason()), REASON_WIDTH));
      }
      err.flush();
      return Main.BAD_INPUT;
    }
    SweepJob job;
    try {
      job = SweepJob.run(new SweepJob.Request(Sweep.Kind.SWEEP, scenario.name(), keys, variants,
          where.where(run.threads()), output.json.json, folder), Progress.NONE);
    } catch (IOException e) {
      throw Outputs.failed(folder, e);
    }
    return SweepOutput.print(job, where.batch, cl.getOut());
  }

  /** The text cut to at most {@code width} characters, an ellipsis marking the cut. */
  static String shorten(String s, int width) {
    return s.codePointCount(0, s.length()) <= width ? s
        : s.substring(0, s.offsetByCodePoints(0, width - 1)) + "…";
  }
}
