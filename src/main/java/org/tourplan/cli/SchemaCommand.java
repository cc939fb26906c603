package org.tourplan.cli;

import java.util.concurrent.Callable;
import org.tourplan.format.FormatSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tourplan schema}: prints the JSON Schema of scenario files, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Prints the JSON Schema of scenario files (every key, its type, range and meaning).",
        "Editors that read it complete and check scenario files as they are typed: save it, e.g.",
        "  tourplan schema > scenario.schema.json",
        "and start a YAML scenario with the line",
        "  # yaml-language-server: $schema=scenario.schema.json"})
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(FormatSchema.text());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
