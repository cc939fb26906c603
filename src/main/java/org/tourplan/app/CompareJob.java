package org.tourplan.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tourplan.output.OutputFolder;
import org.tourplan.scenario.Scenario;
import org.tourplan.sweep.Sweep;
import org.tourplan.sweep.Variant;

/**
 * The {@code compare} use case: whole scenario files as the rows of a comparison (a name two files share is told
 * apart by its file), run and written as {@link SweepJob} runs a sweep.
 */
public final class CompareJob {
  private CompareJob() {
  }

  /**
   * What to compare.
   *
   * @param files     the scenario files, in the command line's order
   * @param scenarios the scenarios they hold, with the command line's seed and months applied
   * @param where     where the months run
   * @param json      the results file to write, or null
   * @param folder    the report's folder
   */
  public record Request(List<Path> files, List<Scenario> scenarios, Where where, Path json, OutputFolder folder) {
  }

  /**
   * Runs the files and writes the comparison.
   *
   * @throws ResultsFileFailed when the results file cannot be written (the folder is then not written)
   * @throws IOException       when the report folder cannot be written
   */
  public static SweepJob run(Request r, Progress progress) throws IOException {
    return SweepJob.run(new SweepJob.Request(Sweep.Kind.COMPARE, r.scenarios().get(0).name(), List.of(),
        variants(r.files(), r.scenarios()), r.where(), r.json(), r.folder()), progress);
  }

  /** One row a file, labelled with its scenario's name (and the file, when another file has the same name). */
  static List<Variant> variants(List<Path> files, List<Scenario> scenarios) {
    Set<String> names = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    for (Scenario s : scenarios) {
      if (!names.add(s.name())) {
        repeated.add(s.name());
      }
    }
    List<Variant> variants = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      String label = repeated.contains(s.name()) ? s.name() + " (" + files.get(i) + ")" : s.name();
      variants.add(new Variant(label, Map.of("file", files.get(i).toString()), s));
    }
    return variants;
  }
}
