package org.tourplan.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import org.tourplan.output.OutputFolder;

/** Where {@code sweep} and {@code compare} write: the JSON file (optional) and the folder of the report. */
final class SweepFiles {
  @Option(names = "--json", paramLabel = "OUT", description = "Also write the results as one JSON file here.")
  Path json;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Folder that receives the report folder (default: ${DEFAULT-VALUE}).")
  Path out;

  /** Usage errors (exit 2) for paths that cannot be what they should, before anything is read. */
  void check(CommandLine cl, List<Path> inputs) {
    Outputs.checkOut(cl, out);
    Outputs.checkJson(cl, json, inputs, null);
  }

  /**
   * Once the report's folder is known (it is named from the scenario): refuses a folder the command may not
   * replace, and a results file inside it; exit 2, before any variant is simulated.
   */
  void check(CommandLine cl, List<Path> inputs, OutputFolder folder) {
    Outputs.checkFolder(folder, inputs);
    Outputs.checkJson(cl, json, inputs, folder);
  }
}
