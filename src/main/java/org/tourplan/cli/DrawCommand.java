package org.tourplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.tourplan.app.DrawJob;
import org.tourplan.app.VerifyDrawJob;
import org.tourplan.csv.CsvException;
import org.tourplan.draw.Places;
import org.tourplan.scenario.Scenario;

/** {@code tourplan draw SCENARIO APPLICANTS.csv}: the month's lottery on the real applicant list; and its check. */
@Command(name = "draw", mixinStandardHelpOptions = true,
    description = {"Draws the month's winners among the applicants, by the scenario's rule (uniform, or preference "
        + "points: a ticket weighs 1 + points), and seats them on the month's tours (group.size + group.overbook "
        + "parties and at most group.maxSize persons a tour, a party never split, asked-for days where there is "
        + "room). APPLICANTS.csv has a first line naming its columns: id,persons[,points][,preferred]. Writes "
        + "OUT/<name>/draw-<YYYY-MM>/: winners.csv, waitlist.csv, points.csv, draw.json (the record: the file's "
        + "SHA-256, the seed, the rule, counts per tour, the chance by points) and index.html. The same file and "
        + "seed give the same files, byte for byte, on any machine.",
        "With --verify DIR: draws again from DIR's record and the applicant file (the one the record names, or "
        + "APPLICANTS.csv; with SCENARIO APPLICANTS.csv the scenario's tours are checked against the record too) "
        + "and says whether the published files are the ones the seed gives.",
        "Exit codes: 0 drawn (with --verify: the published draw is the seed's), 1 (--verify) a published file "
        + "differs, 2 bad input or usage."})
final class DrawCommand implements Callable<Integer> {
  @Parameters(arity = "0..2", paramLabel = "FILE", description = "SCENARIO (.yaml, .yml, .json) and "
      + "APPLICANTS.csv; with --verify, none, APPLICANTS.csv, or both.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "S", description = "The draw's seed (default: the scenario's seed). "
      + "Choose it in public after the applicant file's SHA-256 is published.")
  Long seed;

  @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month to draw: the scenario's month "
      + "(default) or a month of its season, with that month's timetable.")
  String month;

  @CommandLine.Mixin
  OutOption out;

  @CommandLine.Mixin
  PdfOption pdf;

  @CommandLine.Mixin
  ProgressOption progress;

  @Option(names = "--verify", paramLabel = "DIR", description = "Check the draw in DIR instead of drawing.")
  Path verify;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    return verify != null ? verify(cl) : draw(cl);
  }

  private int draw(CommandLine cl) {
    if (files.size() != 2) {
      throw new CommandLine.ParameterException(cl, "expected SCENARIO and APPLICANTS.csv (or --verify DIR)");
    }
    out.check(cl);
    YearMonth m = month(cl);
    Scenario scenario = Scenarios.load(files.get(0), cl.getErr());
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    long s = seed != null ? seed : scenario.seed();
    DrawJob job;
    Path pdfFile = null;
    try (StepsProgress steps = progress.open("Draw", pdf.steps())) {
      Places places = DrawJob.places(scenario, m);
      job = DrawJob.run(scenario.name(), places, files.get(1), s, out.out, List.copyOf(files), Main.version(), steps);
      pdfFile = pdf.write(steps, job.folder());
    } catch (DrawJob.BadInput e) {
      throw new UserError(Text.safe(e.getMessage()));
    } catch (CsvException e) {
      return problems(cl, e, "nothing was drawn");
    } catch (IOException e) {
      throw new UserError(Text.safe(e.getMessage()));
    }
    DrawPrinter.drawn(cl.getOut(), scenario.name(), files.get(1), job);
    if (pdfFile != null) {
      cl.getOut().println("PDF: " + Text.safe(pdfFile.toString()));
    }
    return 0;
  }

  private int verify(CommandLine cl) {
    if (seed != null || month != null || pdf.pdf) {
      throw new CommandLine.ParameterException(cl, "--verify takes its seed and month from the record; give no "
          + "--seed, --month or --pdf");
    }
    Scenario scenario = null;
    Path applicants = null;
    try {
      if (files.size() == 2) {
        scenario = Scenarios.load(files.get(0), cl.getErr());
        if (scenario == null) {
          return Main.BAD_INPUT;
        }
        applicants = files.get(1);
      } else if (files.size() == 1) {
        applicants = files.get(0);
      }
      VerifyDrawJob job = VerifyDrawJob.run(verify, applicants, scenario);
      DrawPrinter.verified(cl.getOut(), verify, job);
      return job.same() ? 0 : Main.PROBLEM;
    } catch (DrawJob.BadInput e) {
      throw new UserError(Text.safe(e.getMessage()));
    } catch (CsvException e) {
      return problems(cl, e, "nothing was checked");
    }
  }

  private YearMonth month(CommandLine cl) {
    if (month == null) {
      return null;
    }
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(cl, "--month: found '" + Text.safe(month) + "'; expected YYYY-MM");
    }
  }

  private static int problems(CommandLine cl, CsvException e, String outcome) {
    PrintWriter err = cl.getErr();
    e.problems().forEach(p -> err.println(Text.safe(p.toString())));
    if (e.skipped() != null) {
      err.println(e.skipped());
    }
    err.println(DrawPrinter.problemCount(e.total(), Text.safe(e.file()), outcome));
    return Main.BAD_INPUT;
  }
}
