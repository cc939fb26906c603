package org.tourplan.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tourplan.fit.Fit;
import org.tourplan.fit.FitWords;
import org.tourplan.fit.FittedScenario;
import org.tourplan.fit.Fitter;
import org.tourplan.fit.Records;
import org.tourplan.fit.RecordsException;
import org.tourplan.format.ScenarioException;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.format.ScenarioWriter;
import org.tourplan.format.YamlComments;
import org.tourplan.output.AtomicFiles;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.fit.FitReportWriter;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Zone;

/**
 * The {@code fit} use case: the records read and checked, the scenario's inputs fitted to them, the fitted scenario
 * written as YAML with a comment above each replaced key and read back by the loader, then the fit folder (page,
 * charts, fit.json, fitted.yaml) and, when asked, the fitted file at its own path.
 *
 * @param fit     what the records say
 * @param fitted  the scenario with the fitted keys replaced
 * @param yaml    the fitted file's text, or null when the fitted scenario is not valid
 * @param invalid the loader's messages when it is not (else empty)
 * @param index   the page
 * @param out     the fitted file at the path asked for, or null
 */
public record FitJob(Fit fit, FittedScenario fitted, String yaml, List<String> invalid, Path index, Path out) {

  /** What to read: the files and the names messages give them ({@code zones} may be null). */
  public record Inputs(Path checkins, String checkinsName, Path zones, String zonesName) { }

  /**
   * Fits {@code s} to the records, with the bootstrap seeded by {@code seed} on {@code threads} threads, and writes
   * {@code folder} and, when {@code outFile} is not null, the fitted file there (both checked by the caller).
   *
   * @throws RecordsException with every problem of the records (nothing is written)
   * @throws IOException  when the folder or the file cannot be written
   */
  public static FitJob run(Scenario s, Inputs in, long seed, int threads, int bootstrap, OutputFolder folder,
                           Path outFile, Progress progress) throws RecordsException, IOException {
    progress.steps(3 + (outFile != null ? 1 : 0));
    progress.step("reading the records");
    Records r = Records.read(s, in.checkins(), in.checkinsName(), in.zones(), in.zonesName());
    progress.step(in.zones() == null ? "fitting the check-ins" : "fitting the check-ins, dwell times and boarding");
    Fit f = Fitter.fit(s, r, in.checkinsName(), in.zonesName(), seed, threads, bootstrap);
    FittedScenario fitted = FittedScenario.of(s, f);
    String[] header = FitWords.header(s.name(), f, fitted.replaced()).split("\n", 2);
    String text = YamlComments.insert(ScenarioWriter.yaml(fitted.scenario(), header[0] + "\n"
        + String.join("\n", YamlComments.wrap(header[1], YamlComments.WIDTH - 2))), fitted.comments());
    List<String> invalid = new ArrayList<>();
    try {
      Scenario back = ScenarioLoader.parse("fitted.yaml", text.getBytes(StandardCharsets.UTF_8));
      sameFittedKeys(fitted.scenario(), back);
    } catch (ScenarioException e) {
      e.problems().forEach(p -> invalid.add(p.toString()));
      text = null;
    }
    progress.step("writing the page and its charts");
    Path index = FitReportWriter.write(s, f, fitted.replaced(), text, invalid, folder);
    Path out = null;
    if (outFile != null && text != null) {
      progress.step("writing " + outFile.getFileName());
      AtomicFiles.write(outFile, text.getBytes(StandardCharsets.UTF_8));
      out = outFile;
    }
    return new FitJob(f, fitted, text, List.copyOf(invalid), index, out);
  }

  /** The loader must read back exactly the fitted values: a writer that rounds or drops one is a bug. */
  private static void sameFittedKeys(Scenario fitted, Scenario back) {
    boolean same = fitted.group().equals(back.group()) && fitted.shuttles().boardMinutes()
        .equals(back.shuttles().boardMinutes());
    for (Zone z : fitted.zones().values()) {
      same &= back.zones().get(z.id()) != null && z.dwell().equals(back.zones().get(z.id()).dwell());
    }
    if (!same) {
      throw new IllegalStateException("the fitted scenario does not read back as written");
    }
  }
}
