package org.tourplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where {@code sweep} and {@code compare} write: the JSON file (optional) and the folder of the report. */
final class SweepFiles {
  @Option(names = "--json", paramLabel = "OUT", description = "Also write the results as one JSON file here.")
  Path json;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Folder that receives the report folder (default: ${DEFAULT-VALUE}).")
  Path out;

  /** Usage errors (exit 2) for paths that cannot be what they should. */
  void check(CommandLine cl) {
    if (json != null && Files.isDirectory(json)) {
      throw new CommandLine.ParameterException(cl, "--json " + Text.safe(json.toString())
          + " is a folder; give a file name such as sweep.json");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(cl, "--out " + Text.safe(out.toString()) + " is a file; give a folder");
    }
  }
}
