package org.tourplan.report.season;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.SeasonRunner;
import org.tourplan.scenario.Scenario;

/** The season page's words and its visitors chart's legend, on the bundled season with few months. */
class SeasonPageTest {
  static Scenario sc;
  static SeasonResults season;

  @BeforeAll
  static void simulate() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/beijing-2025-season.yaml"));
    sc = s.withRun(s.seed(), 4);
    season = SeasonRunner.run(sc, 2);
  }

  @Test
  void theTargetIsReachedInAShareOfMonthsNotWithConfidence() {
    StringBuilder b = new StringBuilder();
    SeasonSections.headline(b, sc, season);
    String text = org.jsoup.Jsoup.parse(b.toString()).text();
    assertTrue(text.matches(".*[0-9]+ of 12 months reach their targets \\(each phase's own, else the file's\\) in the share of their simulated months each asks\\..*"),
        text);
    assertFalse(text.contains("confidence"), text);
  }

  @Test
  void monthsOutsideEveryPhaseRunTheFilesOwnTimetableNotATopLevelSchedule() {
    StringBuilder b = new StringBuilder();
    SeasonSections.monthsTable(b, sc, season);
    SeasonSections.notes(b, season);
    assertTrue(b.toString().contains("the file's own timetable"), b.toString());
    assertFalse(b.toString().contains("top-level"), b.toString());
  }

  @Test
  void bothBandsOfTheVisitorsChartHaveAVisibleSwatch() {
    JFreeChart c = SeasonCharts.visitors(season, sc.target());
    XYPlot p = c.getXYPlot();
    assertEquals(2, p.getFixedLegendItems().getItemCount());
    LegendItem band = p.getFixedLegendItems().get(0);
    assertEquals("90% of simulated months", band.getLabel());
    assertTrue(band.isShapeFilled());
    Color fill = (Color) band.getFillPaint();
    assertEquals(255, fill.getAlpha(), "opaque, as the band looks over white");
    assertTrue(fill.getRed() < 235 && fill.getBlue() > fill.getRed(), "a visible light blue: " + fill);
    assertTrue(p.getFixedLegendItems().get(1).getLabel().startsWith("mean visitors"));
  }
}
