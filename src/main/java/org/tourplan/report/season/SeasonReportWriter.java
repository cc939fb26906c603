package org.tourplan.report.season;

import static org.tourplan.report.Html.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.tourplan.safety.PhaseSafety;
import org.tourplan.run.SeasonResults;
import org.tourplan.scenario.Scenario;
import org.tourplan.output.AtomicFiles;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.ChartStyle;
import org.tourplan.report.ReportCss;
import org.tourplan.report.results.SeasonJson;

/**
 * The season report: {@code <out>/<slug>/season/} with {@code index.html} (visitors per month against the target,
 * safety per phase, the lottery's pool, odds and wait), its PNG charts and {@code season.json}. Written all or
 * nothing by {@link OutputFolder}, like the month report; every scenario-derived string is escaped.
 */
public final class SeasonReportWriter {
  private static final int WIDTH = ChartStyle.WIDTH;

  private SeasonReportWriter() {
  }

  /** A chart of the page. */
  private record Chart(String file, String title, String why, JFreeChart chart, int height) { }

  /** The season report's folder: {@code OUT/<slug>/season/}. */
  public static OutputFolder folder(String scenarioName, Path outDir) {
    return OutputFolder.season(outDir, scenarioName);
  }

  /** Writes the report into {@code folder} (checked by the caller) and returns its index.html; all or nothing. */
  public static Path write(Scenario sc, SeasonResults s, OutputFolder folder) throws IOException {
    return folder.write(fresh -> writeFiles(sc, s, fresh)).resolve("index.html");
  }

  /** Writes the report's files (charts, season.json, index.html) into {@code dir}, which exists. */
  public static void writeFiles(Scenario sc, SeasonResults s, Path dir) throws IOException {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    List<Chart> charts = charts(sc, s);
    for (Chart c : charts) {
      AtomicFiles.write(dir.resolve(c.file()), o -> ChartUtils.writeChartAsPNG(o, c.chart(), WIDTH, c.height()));
    }
    AtomicFiles.write(dir.resolve("season.json"), SeasonJson.bytes(s));
    AtomicFiles.write(dir.resolve("index.html"), page(sc, s, charts).getBytes(StandardCharsets.UTF_8));
  }

  private static List<Chart> charts(Scenario sc, SeasonResults s) {
    List<Chart> out = new ArrayList<>();
    out.add(new Chart("visitors.png", "Visitors per month", "The mean visitors of each month (dark band: its 95% "
        + "confidence interval; light band: the range holding 90% of simulated months)"
        + (SeasonSections.phaseTargets(sc) ? ", against each month's target (red steps: its phase's, else the "
        + "file's)." : sc.target() == null ? "." : ", against the target (red line)."),
        SeasonCharts.visitors(s, sc.target()),
        460));
    List<String> breached = new ArrayList<>();
    for (PhaseSafety p : PhaseSafety.of(s)) {
      for (Map.Entry<String, Integer> e : p.breached().entrySet()) {
        if (e.getValue() > 0 && !breached.contains(e.getKey())) {
          breached.add(e.getKey());
        }
      }
    }
    if (!breached.isEmpty()) {
      // one limit has no legend (a legend of one says nothing the caption cannot), so the caption names it
      out.add(new Chart("safety.png", "Limits breached per month", breached.size() == 1
          ? "The share of each calendar month's simulated months that breached " + breached.get(0)
              + ", the one limit breached in some simulated month."
          : "For each limit breached in some simulated month, the share of each calendar month's simulated months "
              + "that breached it.",
          SeasonCharts.safety(s, breached), 380));
    }
    if (s.lottery() != null) {
      out.add(new Chart("pool.png", "The pool and the odds", "Top: applicants in each month's draw (dark) and, of "
          + "them, those applying for the first time (light); the rest are earlier losers trying again. Bottom: the "
          + "chance that one entry wins that month (winners / pool), the mean over replications.",
          SeasonCharts.poolAndOdds(s), 560));
      out.add(new Chart("draws.png", "Draws entered before winning", "Every winner of the season, by the number of "
          + "monthly draws entered up to and including the winning one (1 = won at the first try).",
          SeasonCharts.drawsToWin(s), 380));
      out.add(new Chart("cohorts.png", "Who ever wins", "For each month, the share of that month's new applicants "
          + "who win a place at some month of the season. Late months have had fewer draws before the season ends.",
          SeasonCharts.cohorts(s), 380));
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------ page

  static String page(Scenario sc, SeasonResults s, List<Chart> charts) {
    StringBuilder b = new StringBuilder(32 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc("tourplan season: " + s.scenario())).append("</title>\n<style>\n")
        .append(ReportCss.CSS)
        .append("td.num, th.num { text-align: right; white-space: nowrap; }\n")
        .append("</style>\n</head>\n<body>\n<main>\n");
    b.append("<p class=\"kicker\">tourplan season · ").append(s.from()).append(" to ").append(s.to()).append(" · ")
        .append(s.months().size()).append(" months × ").append(String.format(Locale.ROOT, "%,d", s.replications()))
        .append(" simulated each (seed ").append(s.seed()).append(")</p>\n<h1>").append(esc(s.scenario()))
        .append("</h1>\n");
    SeasonSections.headline(b, sc, s);
    chart(b, charts, "visitors.png");
    SeasonSections.monthsTable(b, sc, s);
    SeasonSections.safety(b, s);
    chart(b, charts, "safety.png");
    if (s.lottery() != null) {
      SeasonSections.lottery(b, s);
      chart(b, charts, "pool.png");
      chart(b, charts, "draws.png");
      chart(b, charts, "cohorts.png");
    }
    SeasonSections.notes(b, s);
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void chart(StringBuilder b, List<Chart> charts, String file) {
    for (Chart c : charts) {
      if (c.file().equals(file)) {
        b.append("<section class=\"chart\">\n<h2>").append(esc(c.title())).append("</h2>\n<p class=\"why\">")
            .append(esc(c.why())).append("</p>\n<figure><img src=\"").append(esc(c.file())).append("\" width=\"")
            .append(WIDTH).append("\" height=\"").append(c.height()).append("\" alt=\"").append(esc(c.title()))
            .append("\"></figure>\n</section>\n");
      }
    }
  }
}
