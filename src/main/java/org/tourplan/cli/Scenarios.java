package org.tourplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioException;
import org.tourplan.format.ScenarioLoader;

/** Loading a scenario for a command: every problem printed, then a short count; null when the file has errors. */
final class Scenarios {
  private Scenarios() {
  }

  static Scenario load(Path file, PrintWriter err) {
    try {
      return ScenarioLoader.load(file);
    } catch (ScenarioException e) {
      e.problems().forEach(p -> err.println(Text.safe(p.toString())));
      if (e.skipped() != null) {
        err.println(Text.safe(e.skipped()));
      }
      int n = e.problems().size();
      err.println(n + (n == 1 ? " error" : " errors") + " in " + Text.safe(file.toString())
          + "; nothing was simulated.");
      return null;
    }
  }
}
