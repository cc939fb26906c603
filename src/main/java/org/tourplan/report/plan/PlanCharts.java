package org.tourplan.report.plan;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.tourplan.plan.Evaluation;
import org.tourplan.plan.PlanResult;
import org.tourplan.text.Numbers;
import org.tourplan.scenario.Target;
import org.tourplan.output.AtomicFiles;
import org.tourplan.report.ChartStyle;
import org.tourplan.report.Palette;

/**
 * The plan page's charts: the {@link Chart} record the page lays out, {@link #write} (which renders the four charts
 * in page order) and what they share: the two colours of the recommendation and the current timetable, and the
 * wording of their captions. Each chart is its own class ({@link FrontierChart}, {@link VolumeChart},
 * {@link WeekChart}, {@link TargetHeatMap}), drawn in the {@link Palette} with {@link ChartStyle} and
 * {@link PlanMarks}, so they look like the management report's. Text drawn into a PNG (the scenario's zone ids
 * never are; only numbers and fixed words) cannot reach HTML.
 */
final class PlanCharts {
  /** The recommendation: blue wherever it appears. */
  static final Color RECOMMENDED = Palette.PRIMARY;
  /** The file's own (current) timetable: dark grey wherever it appears. */
  static final Color CURRENT = new Color(0x5F5F5F);

  private PlanCharts() {
  }

  /**
   * A chart on the plan page.
   *
   * @param file    PNG file name beside index.html
   * @param title   heading
   * @param why     what it shows and why
   * @param caption how to read it
   * @param width   pixels
   * @param height  pixels
   */
  record Chart(String file, String title, String why, String caption, int width, int height) { }

  /** Writes the charts into {@code dir} and returns them in page order. */
  static List<Chart> write(PlanResult plan, Path dir) throws IOException {
    List<Chart> out = new ArrayList<>();
    out.add(png(dir, FrontierChart.describe(plan), FrontierChart.chart(plan)));
    out.add(png(dir, VolumeChart.describe(plan), VolumeChart.chart(plan)));
    out.add(png(dir, WeekChart.describe(plan), WeekChart.chart(plan)));
    if (!plan.volumes().isEmpty()) { // counts per day of the week: no weekday x weekend grid to map
      out.add(png(dir, TargetHeatMap.describe(plan), TargetHeatMap.chart(plan)));
    }
    return out;
  }

  private static Chart png(Path dir, Chart c, JFreeChart chart) throws IOException {
    AtomicFiles.write(dir.resolve(c.file()), o -> ChartUtils.writeChartAsPNG(o, chart, c.width(), c.height()));
    return c;
  }

  // ------------------------------------------------------------------------------------------------ wording

  /** What the target counts: "places" or "visitors". */
  static String unit(PlanResult p) {
    return p.base().target().unit() == Target.Unit.PLACES ? "places" : "visitors";
  }

  /** Months each target estimate rests on ("200 months each", or a range when they differ). */
  static String monthsEach(List<Evaluation.TargetEstimate> ts) {
    int lo = ts.stream().mapToInt(Evaluation.TargetEstimate::months).min().orElse(0);
    int hi = ts.stream().mapToInt(Evaluation.TargetEstimate::months).max().orElse(0);
    return (lo == hi ? Numbers.count(lo) : Numbers.count(lo) + " to " + Numbers.count(hi)) + " months each";
  }
}
