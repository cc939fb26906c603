package org.tourplan.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import org.tourplan.output.OutputFolder;

/** Where {@code sweep} and {@code compare} write: the JSON file (optional) and the folder of the report. */
final class SweepFiles {
  @CommandLine.Mixin
  JsonOption json;

  @CommandLine.Mixin
  OutOption out;

  /** Usage errors (exit 2) for paths that cannot be what they should, before anything is read. */
  void check(CommandLine cl, List<Path> inputs) {
    out.check(cl);
    json.check(cl, inputs, null);
  }

  /**
   * Once the report's folder is known (it is named from the scenario): refuses a folder the command may not
   * replace, and a results file inside it; exit 2, before any variant is simulated.
   */
  void check(CommandLine cl, List<Path> inputs, OutputFolder folder) {
    Outputs.checkFolder(folder, inputs);
    json.check(cl, inputs, folder);
  }
}
