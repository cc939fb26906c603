package org.tourplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.tourplan.app.FitExample;
import org.tourplan.app.FitJob;
import org.tourplan.csv.CsvException;
import org.tourplan.fit.RecordsException;
import org.tourplan.csv.CsvProblem;
import org.tourplan.fit.DurationFitter;
import org.tourplan.output.OutputFile;
import org.tourplan.output.OutputFolder;
import org.tourplan.scenario.Scenario;

/** {@code tourplan fit FILE --checkins CSV [--zones CSV] [--out FITTED.yaml]}: from a site's records to its scenario. */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = {"Fits the scenario's inputs to a site's own records: the no-show rate (95%% interval) and party-size "
        + "weights (simultaneous intervals) from the check-ins, each zone's dwell and the shuttles' boarding from the "
        + "zone times, among the format's distributions by maximum likelihood, ranked by AIC and tested by "
        + "Kolmogorov-Smirnov with a bootstrap p-value; says when the data cannot choose and when nothing fits. "
        + "Writes DIR/<name>/fit/ (DIR: --reports; index.html with histograms, Q-Q plots and the candidates, fit.json, fitted.yaml: "
        + "the scenario with the fitted keys replaced, each with a comment) and, with --out, the fitted file there. "
        + "Record formats and methods: docs/fit.md.",
        "With --example DIR it instead writes DIR/checkins.csv and DIR/zones.csv: records made by the tour model "
            + "from --months simulated months (seed --seed), to try the command on.",
        "Exit codes: 0 fitted, 1 the fitted scenario is not valid (the page says why; no fitted file), 2 bad input "
            + "or usage (every problem of the records, with file, line and column)."})
final class FitCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--checkins", paramLabel = "CSV", description = "Check-in records, one row per invited party: "
      + "date,start,party,persons,showed.")
  Path checkins;

  @Option(names = "--zones", paramLabel = "CSV", description = "Zone records, one row per group and zone: "
      + "date,start,zone,entered,left (times HH:MM or HH:MM:SS).")
  Path zones;

  @Option(names = "--out", paramLabel = "FITTED", description = "Also write the fitted scenario here (a file "
      + "ending in .yaml or .yml; never one of the inputs).")
  Path outFile;

  @Option(names = "--reports", paramLabel = "DIR", description = "Folder that receives the fit folder (default: "
      + "${DEFAULT-VALUE}).", defaultValue = "reports")
  Path reports;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the bootstrap (with --example: of the simulated "
      + "months); default: the file's.")
  Long seed;

  @Option(names = "--bootstrap", paramLabel = "N", description = "Bootstrap samples per candidate (default: "
      + "${DEFAULT-VALUE}; p-values are then multiples of 1/(N+1)).", defaultValue = "" + DurationFitter.BOOTSTRAP)
  int bootstrap;

  @CommandLine.Mixin
  ThreadsOption threads;

  @CommandLine.Mixin
  PdfOption pdf;

  @CommandLine.Mixin
  ProgressOption progress;

  @Option(names = "--example", paramLabel = "DIR", description = "Write example records made by the tour model into "
      + "DIR (checkins.csv, zones.csv) instead of fitting.")
  Path example;

  @Option(names = "--months", paramLabel = "N", description = "With --example: months to simulate (default: "
      + "${DEFAULT-VALUE}; the season's months when the file has one).", defaultValue = "12")
  int months;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    threads.check(cl);
    RunOptions.bounded(cl, "--months", months, 36);
    if (bootstrap < 19 || bootstrap > 9999) {
      throw new CommandLine.ParameterException(cl, "--bootstrap: found " + bootstrap + ", expected an integer from "
          + "19 to 9,999");
    }
    if (example == null && checkins == null) {
      throw new CommandLine.ParameterException(cl, "Missing --checkins CSV (or --example DIR to write example "
          + "records)");
    }
    Outputs.checkOut(cl, reports);
    Scenario s = Scenarios.load(file, cl.getErr());
    if (s == null) {
      return Main.BAD_INPUT;
    }
    long sd = seed != null ? seed : s.seed();
    int t = threads.threads();
    return example != null ? example(cl, s, sd) : fit(cl, s, sd, t);
  }

  private int fit(CommandLine cl, Scenario s, long sd, int t) {
    List<Path> inputs = new ArrayList<>(List.of(file, checkins));
    if (zones != null) {
      inputs.add(zones);
    }
    OutputFolder folder = OutputFolder.fit(reports, s.name());
    if (outFile != null) {
      String given = given(cl, "--out", outFile);
      String lower = given.toLowerCase(Locale.ROOT);
      if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
        throw new UserError("--out " + Text.safe(given) + ": the fitted scenario is YAML; give a file name ending in "
            + ".yaml or .yml");
      }
      try {
        OutputFile.check("--out", given, inputs, folder);
      } catch (IOException e) {
        throw new UserError(Text.safe(e.getMessage()));
      }
    }
    Outputs.checkFolder(folder, inputs);
    FitJob job;
    Path pdfFile = null;
    try (StepsProgress steps = progress.open("Fit", pdf.steps())) {
      try {
        job = FitJob.run(s, new FitJob.Inputs(checkins, checkins.toString(), zones,
            zones == null ? null : zones.toString()), sd, t, bootstrap, folder, outFile, steps);
      } catch (RecordsException e) {
        steps.close();
        return records(cl.getErr(), e);
      } catch (IOException e) {
        throw new UserError(Text.safe(Outputs.message(folder, e)));
      }
      pdfFile = pdf.write(steps, job.index().getParent());
    }
    PrintWriter o = cl.getOut();
    FitPrinter.print(s, job, o);
    if (!job.invalid().isEmpty()) {
      PrintWriter err = cl.getErr();
      err.println(FitPrinter.invalid());
      job.invalid().forEach(m -> err.println("  " + Text.safe(m)));
    }
    o.println(FitPrinter.page(job.index()));
    if (pdfFile != null) {
      o.println("PDF          " + FitPrinter.shown(pdfFile));
    }
    return job.invalid().isEmpty() ? 0 : Main.PROBLEM;
  }

  /** Every problem of the records, then a count; exit 2. */
  private static int records(PrintWriter err, RecordsException e) {
    for (CsvException f : e.files()) {
      for (CsvProblem p : f.problems()) {
        err.println(Text.safe(p.toString()));
      }
      if (f.skipped() != null) {
        err.println(Text.safe(f.file()) + ": " + f.skipped());
      }
    }
    err.println(FitPrinter.recordErrors(e.total()));
    return Main.BAD_INPUT;
  }

  private int example(CommandLine cl, Scenario s, long sd) {
    if (Files.exists(example) && !Files.isDirectory(example)) {
      throw new UserError("--example " + Text.safe(example.toString()) + " is a file; give a folder");
    }
    for (String name : List.of(FitExample.CHECKINS, FitExample.ZONES)) {
      try {
        OutputFile.check("--example", example.resolve(name).toString(), List.of(file), null);
      } catch (IOException e) {
        throw new UserError(Text.safe(e.getMessage()));
      }
    }
    FitExample ex;
    try (StepsProgress steps = progress.open("Example", 0)) {
      ex = FitExample.write(s, months, sd, example, steps);
    } catch (IOException e) {
      throw new UserError("cannot write the example records in " + Text.safe(example.toString()) + ": "
          + OutputFolder.reason(e));
    }
    FitPrinter.example(cl.getOut(), ex, file, s, sd);
    return 0;
  }

  private static String given(CommandLine cl, String option, Path p) {
    CommandLine.Model.OptionSpec o = cl.getParseResult().matchedOption(option);
    return o != null && !o.stringValues().isEmpty() ? o.stringValues().get(0) : p.toString();
  }
}
