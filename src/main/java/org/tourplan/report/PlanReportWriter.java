package org.tourplan.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tourplan.plan.PlanResult;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.ScenarioWriter;

/**
 * Writes a plan's folder, {@code OUT/<slug>/}: index.html (the recommendation and why), plan.json,
 * recommended.yaml, and the full reports of the recommended and the current schedule in {@code recommended/}
 * and {@code current/}. Everything is built in a hidden temporary folder and swapped in at the end, so an
 * interrupted run (an error, or Ctrl-C) leaves an earlier plan as it was and no partial files.
 */
public final class PlanReportWriter {
  /**
   * Writes the folder and returns the path of its index.html.
   *
   * @param chosen  the recommended scenario simulated and judged (null when nothing is recommended)
   * @param current the base file's own timetable simulated and judged
   */
  public Path write(PlanResult plan, Assessment chosen, Assessment current, Path outDir) throws IOException {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    Path out = outDir.toAbsolutePath().normalize();
    Files.createDirectories(out);
    String slug = Slug.of(plan.base().name());
    Path target = out.resolve(slug);
    Path fresh = Files.createTempDirectory(out, "." + slug + ".new-");
    Thread cleanup = new Thread(() -> {
      try {
        ReportWriter.deleteTree(fresh);
      } catch (IOException e) {
        // the JVM is going down; a hidden temporary folder is all that can be left
      }
    }, "tourplan-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup); // Ctrl-C while writing: no partial folder
    try {
      ReportWriter reports = new ReportWriter();
      if (plan.scenario() != null) {
        Path rec = Files.createDirectory(fresh.resolve("recommended"));
        reports.writeFiles(chosen.scenario(), chosen.results(), chosen.safety(), rec);
        String header = "Recommended by tourplan plan for: " + plan.base().name() + "\n"
            + plan.recommended().candidate().label() + "\n"
            + "Confirm it with: tourplan simulate recommended.yaml";
        AtomicFiles.write(fresh.resolve("recommended.yaml"),
            ScenarioWriter.yaml(plan.scenario(), header).getBytes(StandardCharsets.UTF_8));
      }
      Path cur = Files.createDirectory(fresh.resolve("current"));
      reports.writeFiles(current.scenario(), current.results(), current.safety(), cur);
      AtomicFiles.write(fresh.resolve("plan.json"), PlanJson.bytes(plan));
      PlanPage.write(plan, fresh);
      ReportWriter.readable(fresh);
      ReportWriter.swap(fresh, target);
    } catch (IOException | RuntimeException | Error e) {
      ReportWriter.deleteTree(fresh);
      throw e;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // already running: it deletes what is left of the temporary folder
      }
    }
    return target.resolve("index.html");
  }
}
