package org.tourplan.report.seasonplan;

import org.tourplan.report.season.SeasonReportWriter;
import org.tourplan.report.results.SeasonPlanJson;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.ChartStyle;
import org.tourplan.output.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.tourplan.format.ScenarioWriter;
import org.tourplan.plan.SeasonPlan;
import org.tourplan.plan.SeasonPlanWords;
import org.tourplan.run.SeasonResults;

/**
 * Writes a season plan's folder, {@code OUT/<slug>/season-plan/}: index.html (the recommended season against the
 * file's own, month by month, with charts; or why no season works), recommended.yaml (the season as a complete
 * scenario file that {@code tourplan season} runs), season-plan.json, and the season reports of the recommended
 * ({@code recommended/}) and the file's own season ({@code current/}). All or nothing, through
 * {@link OutputFolder}.
 */
public final class SeasonPlanWriter {
  /** A chart of the page. */
  record Chart(String file, String title, String why, JFreeChart chart, int height) { }

  private SeasonPlanWriter() {
  }

  /**
   * Writes the folder (checked by the caller before the work) and returns its index.html.
   *
   * @param chosen  the recommended season as {@code tourplan season} runs it, or null when none was recommended
   * @param current the file's own season, run the same way
   */
  public static Path write(SeasonPlan plan, SeasonResults chosen, SeasonResults current, OutputFolder folder)
      throws IOException {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    List<Chart> charts = new ArrayList<>();
    if (plan.planned()) {
      charts.add(new Chart("cost.png", SeasonPlanText.COST_CHART, SeasonPlanText.COST_WHY,
          SeasonPlanCharts.cost(plan), 420));
      charts.add(new Chart("visitors.png", SeasonPlanText.VISITORS_CHART, SeasonPlanText.VISITORS_WHY,
          SeasonPlanCharts.visitors(plan, chosen, current), 460));
      if (chosen.lottery() != null) {
        charts.add(new Chart("odds.png", SeasonPlanText.ODDS_CHART, chosen.waiting() != null
            ? SeasonPlanText.ODDS_WHY_GOAL : SeasonPlanText.ODDS_WHY, SeasonPlanCharts.odds(plan, chosen, current),
            560));
      }
    }
    String html = new SeasonPlanPage(plan, chosen, current, charts).build();
    return folder.write(fresh -> {
      for (Chart c : charts) {
        AtomicFiles.write(fresh.resolve(c.file()), o -> ChartUtils.writeChartAsPNG(o, c.chart(), ChartStyle.WIDTH,
            c.height()));
      }
      if (plan.planned()) {
        String header = "Recommended by tourplan plan for: " + plan.base().name() + "\n"
            + SeasonPlanWords.resources(plan) + "\n" + "Run it with: tourplan season recommended.yaml";
        AtomicFiles.write(fresh.resolve("recommended.yaml"),
            ScenarioWriter.yaml(plan.scenario(), header).getBytes(StandardCharsets.UTF_8));
        SeasonReportWriter.writeFiles(plan.scenario(), chosen, Files.createDirectory(fresh.resolve("recommended")));
      }
      SeasonReportWriter.writeFiles(plan.base(), current, Files.createDirectory(fresh.resolve("current")));
      AtomicFiles.write(fresh.resolve("season-plan.json"), SeasonPlanJson.bytes(plan, chosen, current));
      AtomicFiles.write(fresh.resolve("index.html"), html.getBytes(StandardCharsets.UTF_8));
    }).resolve("index.html");
  }
}
