package org.tourplan.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --out DIR}, the folder that receives a command's own folder (a picocli mixin). */
final class OutOption {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Folder that receives the ${COMMAND-NAME} command's folder (default: ${DEFAULT-VALUE}).")
  Path out;

  /** Usage errors (exit 2) for a path that cannot be a folder. */
  void check(CommandLine cl) {
    Outputs.checkOut(cl, out);
  }
}
