package org.tourplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tourplan validate FILE}: prints {@code ok} or every error of the file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks a scenario file against the format: prints 'ok' (exit 0) or every error (exit 2).")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (Scenarios.load(file, spec.commandLine().getErr()) == null) {
      return Main.BAD_INPUT;
    }
    spec.commandLine().getOut().println("ok");
    return 0;
  }
}
