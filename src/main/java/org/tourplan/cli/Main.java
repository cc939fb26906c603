package org.tourplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.tourplan.app.Where;
import org.tourplan.scenario.WorkLimitException;

/** The {@code tourplan} command: subcommands wire the packages together; exit codes are documented in the README. */
@Command(name = "tourplan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    subcommands = {ValidateCommand.class, SimulateCommand.class, CheckCommand.class, ReportCommand.class,
        PlanCommand.class, SeasonCommand.class, DrawCommand.class, FitCommand.class, ShuttlesCommand.class,
        SweepCommand.class, CompareCommand.class,
        WorkerCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class,
        picocli.AutoComplete.GenerateCompletion.class},
    description = "Simulates visitor tours of a working factory and checks the schedule against safety limits.",
    footer = {"", "Exit codes:", "  0  ok", "  1  a check found a problem (where the command says so)",
        "  2  bad input or usage", "  3  internal error (a bug: please report it with the scenario file)",
        "  4  bin/tourplan could not build the jar (no command ran)"})
public final class Main implements Runnable {
  /** Exit code for a check that found a problem. */
  public static final int PROBLEM = 1;
  /** Exit code for bad input or usage. */
  public static final int BAD_INPUT = 2;
  /** Exit code for an internal error. */
  public static final int INTERNAL = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'tourplan simulate FILE'");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given streams and returns the exit code (used by tests: no System.exit). What is
   * printed is wrapped at the terminal's width ({@link Terminal#width()}).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Terminal.width());
  }

  /** Runs the command line with every printed line wrapped at {@code width} columns. */
  public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr, int width) {
    Terminal.Wrapped out = Terminal.wrapping(rawOut, width);
    Terminal.Wrapped err = Terminal.wrapping(rawErr, width);
    CommandLine cl = new CommandLine(new Main());
    // picocli hides its completion command by default; it is documented in the README, so list it
    cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    HelpLayout.install(cl);
    cl.setUsageHelpWidth(Math.min(Math.max(width, 55), 80)); // picocli's narrowest; wider help is harder to read
    cl.setOut(out);
    cl.setErr(err);
    // machine-read output is never wrapped: the JSON Schema and the completion script
    cl.getSubcommands().get("schema").setOut(rawOut);
    cl.getSubcommands().get("generate-completion").setOut(rawOut);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof UserError ue) {
        commandLine.getErr().println("tourplan: " + ue.getMessage());
        return BAD_INPUT;
      }
      if (ex instanceof WorkLimitException we) {
        commandLine.getErr().println("tourplan: " + Text.safe(we.getMessage()));
        return BAD_INPUT;
      }
      if (Where.refused(ex)) { // the cluster refused or failed the work: no numbers were mixed
        commandLine.getErr().println("tourplan: " + Text.safe(ex.getMessage()));
        return BAD_INPUT;
      }
      commandLine.getErr().println("tourplan: internal error: " + ex
          + " (a bug: please report it with the scenario file; set TOURPLAN_DEBUG=1 for the stack trace)");
      if (System.getenv("TOURPLAN_DEBUG") != null) {
        ex.printStackTrace(commandLine.getErr());
      }
      return INTERNAL;
    });
    int code = cl.execute(args);
    out.end();
    err.end();
    rawOut.flush();
    rawErr.flush();
    return code;
  }

  private static volatile String version;

  /** The pom's version, or "unknown" when the resource is missing (never "dev": a missing file is a build bug). */
  public static String version() {
    if (version == null) {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("/tourplan-version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String v = p.getProperty("version", "unknown");
      version = v.startsWith("${") ? "unknown" : v;
    }
    return version;
  }

  /**
   * The pom's version and the build fingerprint cluster workers compare (see docs/cluster.md); a build without the
   * cluster plug-in says so instead.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tourplan " + version() + Where.fingerprint()
          .map(f -> " (build " + f + ")").orElse(" (no cluster support in this build)")};
    }
  }
}
