package org.tourplan.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.sweep.SweepJson;
import org.tourplan.report.sweep.SweepReportWriter;
import org.tourplan.run.MonthExecutor;
import org.tourplan.sweep.Sweep;
import org.tourplan.sweep.Variant;

/**
 * The {@code sweep} use case, and the {@code compare} one's second half ({@link CompareJob} makes its variants):
 * every valid variant simulated for its own months where the request says, the table of rows, then the results
 * file (when asked) and the comparison report written.
 *
 * @param result  the rows, the best and its ties
 * @param months  months simulated, over all valid variants
 * @param units   work units run
 * @param retried units run again after their worker left (0 on this machine)
 * @param on      where the months ran, in words ("2 threads", "a cluster of 3 members")
 * @param seconds the simulation's wall time (writing excluded)
 * @param json    the results file written, or null
 * @param index   the report's index.html
 */
public record SweepJob(Sweep.Result result, long months, long units, long retried, String on, double seconds,
                       Path json, Path index) {

  /**
   * What to run.
   *
   * @param kind     a sweep of one file or a comparison of files
   * @param name     the first scenario's name
   * @param keys     the varied keys (none for a comparison)
   * @param variants the variants, valid or not (one not valid is a row without figures)
   * @param where    where the months run
   * @param json     the results file to write, or null
   * @param folder   the report's folder
   */
  public record Request(Sweep.Kind kind, String name, List<String> keys, List<Variant> variants, Where where,
                        Path json, OutputFolder folder) {
  }

  /**
   * Runs the variants and writes the files.
   *
   * @throws ResultsFileFailed when the results file cannot be written (the folder is then not written)
   * @throws IOException       when the report folder cannot be written
   */
  public static SweepJob run(Request r, Progress progress) throws IOException {
    Sweep.Result result;
    long started;
    double seconds;
    long units;
    String on;
    long retried;
    try (MonthExecutor executor = r.where().open()) {
      on = executor.describe();
      started = System.nanoTime();
      result = Sweep.run(r.kind(), r.name(), r.keys(), r.variants(), executor, null);
      seconds = (System.nanoTime() - started) / 1e9;
      units = executor.units();
      retried = executor.retried();
    }
    long months = r.variants().stream().filter(Variant::valid).mapToLong(v -> v.scenario().replications()).sum();
    ResultsFileFailed.write(r.json(), () -> SweepJson.write(result, r.json()));
    Path index = SweepReportWriter.write(result, r.folder());
    return new SweepJob(result, months, units, retried, on, seconds, r.json(), index);
  }
}
