package org.tourplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import org.tourplan.app.ResultsFileFailed;
import org.tourplan.output.OutputFile;
import org.tourplan.output.OutputFolder;

/**
 * The output-path checks every writing command makes before its work starts, so that a run never ends in "cannot
 * write" after minutes of simulation, and never replaces an input or another command's output.
 */
final class Outputs {
  private Outputs() {
  }

  /** Usage errors (exit 2) for an {@code --out} that cannot be a folder. */
  static void checkOut(CommandLine cl, Path out) {
    if (out.toString().isEmpty()) {
      throw new CommandLine.ParameterException(cl, "--out: empty path; give a folder (the default is reports)");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(cl, "--out " + Text.safe(out.toString())
          + " is a file; give a folder");
    }
  }

  /**
   * Refuses (exit 2) a {@code --json} path that cannot safely receive the results file (see {@link OutputFile});
   * {@code folder} is the folder the same run replaces, or null.
   */
  static void checkJson(CommandLine cl, Path json, List<Path> inputs, OutputFolder folder) {
    if (json == null) {
      return;
    }
    CommandLine.Model.OptionSpec o = cl.getParseResult().matchedOption("--json");
    String given = o != null && !o.stringValues().isEmpty() ? o.stringValues().get(0) : json.toString();
    try {
      OutputFile.check("--json", given, inputs, folder);
    } catch (IOException e) {
      throw new UserError(Text.safe(e.getMessage()));
    }
  }

  /** Refuses (exit 2) a folder the command may not replace or cannot write; see {@link OutputFolder#check}. */
  static void checkFolder(OutputFolder folder, List<Path> inputs) {
    try {
      folder.check(inputs);
    } catch (IOException e) {
      throw new UserError(Text.safe(message(folder, e)));
    }
  }

  /** The error (exit 2) for a results file that could not be written: "cannot write FILE: reason". */
  static UserError failed(ResultsFileFailed e) {
    return new UserError("cannot write " + Text.safe(e.file().toString()) + ": " + OutputFolder.reason(e.getCause()));
  }

  /**
   * The error (exit 2) for a use case's failure to write: its results file ({@link #failed(ResultsFileFailed)}) or
   * its {@code folder} ({@link #message}).
   */
  static UserError failed(OutputFolder folder, IOException e) {
    if (e instanceof ResultsFileFailed r) {
      return failed(r);
    }
    return new UserError(Text.safe(message(folder, e)));
  }

  /** The message for a failure to write {@code folder}: a refusal says it all; other failures get the reason. */
  static String message(OutputFolder folder, IOException e) {
    if (e instanceof OutputFolder.Refused) {
      return e.getMessage();
    }
    return "cannot write " + folder.path() + ": " + OutputFolder.reason(e) + "; any earlier "
        + folder.kind().command() + " there is unchanged";
  }
}
