package org.tourplan.report.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tourplan.plan.PlanResult;
import org.tourplan.safety.Assessment;
import org.tourplan.format.ScenarioWriter;
import org.tourplan.output.AtomicFiles;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.month.ReportWriter;
import org.tourplan.report.results.PlanJson;

/**
 * Writes a plan's folder, {@code OUT/<slug>/plan/}: index.html (the recommendation and why), plan.json,
 * recommended.yaml, and the full reports of the recommended and the current schedule in {@code recommended/}
 * and {@code current/}. All or nothing, replacing only an earlier plan of the same scenario (see
 * {@link OutputFolder}): an interrupted run (an error, or Ctrl-C) leaves an earlier plan as it was and no partial
 * files.
 */
public final class PlanReportWriter {
  /**
   * Writes the folder under {@code outDir} and returns the path of its index.html.
   *
   * @param chosen  the recommended scenario simulated and judged (null when nothing is recommended)
   * @param current the base file's own timetable simulated and judged
   */
  public Path write(PlanResult plan, Assessment chosen, Assessment current, Path outDir) throws IOException {
    return write(plan, chosen, current, OutputFolder.plan(outDir, plan.base().name()));
  }

  /** As above, into a folder the caller chose (and checked before the work began). */
  public Path write(PlanResult plan, Assessment chosen, Assessment current, OutputFolder folder)
      throws IOException {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    return folder.write(fresh -> {
      ReportWriter reports = new ReportWriter();
      if (plan.scenario() != null) {
        Path rec = Files.createDirectory(fresh.resolve("recommended"));
        reports.writeFiles(chosen.scenario(), chosen.results(), chosen.safety(), rec);
        String header = "Recommended by tourplan plan for: " + plan.base().name() + "\n"
            + plan.recommended().candidate().label() + "\n"
            + "Confirm it with: tourplan simulate recommended.yaml";
        AtomicFiles.write(fresh.resolve("recommended.yaml"), ScenarioWriter.yaml(plan.scenario().withName(
            recommendedName(plan.base().name())), header).getBytes(StandardCharsets.UTF_8));
      }
      Path cur = Files.createDirectory(fresh.resolve("current"));
      reports.writeFiles(current.scenario(), current.results(), current.safety(), cur);
      AtomicFiles.write(fresh.resolve("plan.json"), PlanJson.bytes(plan));
      PlanPage.write(plan, fresh);
    }).resolve("index.html");
  }

  /**
   * The name recommended.yaml carries: the file's, marked as the recommendation, so that its reports, plans and
   * sweeps get folders of their own instead of replacing the current timetable's (a name already marked stays so).
   */
  static String recommendedName(String name) {
    return name.endsWith(RECOMMENDED) ? name : name + RECOMMENDED;
  }

  private static final String RECOMMENDED = " (recommended)";
}
