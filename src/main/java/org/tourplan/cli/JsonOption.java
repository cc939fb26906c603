package org.tourplan.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import org.tourplan.output.OutputFolder;

/** {@code --json OUT}, a results file written beside what the command prints (a picocli mixin). */
final class JsonOption {
  @Option(names = "--json", paramLabel = "OUT",
      description = "Also write the results as one JSON file here (docs/contract.md says what it holds).")
  Path json;

  /** Refuses (exit 2) a path that cannot safely receive it; {@code folder} is the folder the run replaces, or null. */
  void check(CommandLine cl, List<Path> inputs, OutputFolder folder) {
    Outputs.checkJson(cl, json, inputs, folder);
  }

  /** "Results file: OUT", when one was written. */
  void printWritten(java.io.PrintWriter o, Path written) {
    if (written != null) {
      o.println("Results file: " + Text.safe(written.toString()));
    }
  }
}
