package org.tourplan.report.plan;

import static org.tourplan.report.plan.PlanCharts.CURRENT;
import static org.tourplan.report.plan.PlanCharts.RECOMMENDED;
import static org.tourplan.report.plan.PlanCharts.monthsEach;
import static org.tourplan.report.plan.PlanCharts.unit;
import static org.tourplan.report.plan.PlanMarks.circle;
import static org.tourplan.report.plan.PlanMarks.ring;
import static org.tourplan.report.plan.PlanMarks.square;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.tourplan.plan.Evaluation;
import org.tourplan.plan.PlanResult;
import org.tourplan.report.plan.PlanCharts.Chart;
import org.tourplan.report.plan.PlanMarks.Callout;
import org.tourplan.text.Numbers;
import org.tourplan.scenario.Target;
import org.tourplan.report.ChartStyle;
import org.tourplan.report.Palette;

/**
 * The plan page's chart of mean visitors (or places) a month against tours a week, for every combination of the
 * plan space, with the target line: how much volume each timetable buys.
 */
final class VolumeChart {
  private static final int VOLUME_HEIGHT = 560;

  private VolumeChart() {
  }

  /** The chart as the page shows it. */
  static Chart describe(PlanResult p) {
    List<PlanResult.Volume> all = p.volumes();
    List<Evaluation.TargetEstimate> ts = all.stream().map(PlanResult.Volume::target).filter(t -> t != null).toList();
    int skipped = all.size() - ts.size();
    String unit = unit(p);
    boolean places = unit.equals("places");
    return new Chart("volume.png", "Visitors a month against tours a week",
        "All " + Numbers.count(all.size()) + " combinations of tours per weekday, tours per weekend day, group size "
            + "and overbooking in the plan space (shuttles and guides never change how many come), "
            + monthsEach(ts) + ", counted from the check-in draws" + (skipped == 0 ? "."
            : "; the " + Numbers.count(skipped) + " that cannot reach the target even with every tour full are "
            + "left out."),
        "Across: tours in a week (5 \u00d7 tours per weekday + 2 \u00d7 tours per weekend day); up: the mean "
            + unit + " a month. One colour per group size, filled or open for overbooking; points of one size "
            + "are spread a little sideways so that they do not hide each other. "
            + (places ? "" : "The error bars are the 95% confidence interval of the mean (mostly narrower than "
            + "the dot). ")
            + "Points above the dashed red target line reach it on average; the heat map below says how often.",
        ChartStyle.WIDTH, VOLUME_HEIGHT);
  }

  /** The chart itself. */
  static JFreeChart chart(PlanResult p) {
    boolean places = p.base().target().unit() == Target.Unit.PLACES;
    List<String> keys = new ArrayList<>();
    Map<String, YIntervalSeries> series = new LinkedHashMap<>();
    List<Integer> sizes = new ArrayList<>();
    List<Integer> overbooks = new ArrayList<>();
    for (PlanResult.Volume v : p.volumes()) {
      if (!sizes.contains(v.groupSize())) {
        sizes.add(v.groupSize());
      }
      if (!overbooks.contains(v.overbook())) {
        overbooks.add(v.overbook());
      }
    }
    sizes.sort(null);
    overbooks.sort(null);
    for (int g : sizes) {
      for (int o : overbooks) {
        String k = g + " places" + (o > 0 ? " +" + o + " overbooked" : "");
        keys.add(k);
        series.put(g + "/" + o, new YIntervalSeries(k, false, true));
      }
    }
    int n = sizes.size() * overbooks.size();
    double minX = Double.POSITIVE_INFINITY;
    double maxX = 1;
    double maxY = p.base().target().visitorsPerMonth();
    for (PlanResult.Volume v : p.volumes()) {
      int week = 5 * v.weekdayTours() + 2 * v.weekendTours();
      maxX = Math.max(maxX, week);
      if (v.target() == null) {
        continue;
      }
      int k = sizes.indexOf(v.groupSize()) * overbooks.size() + overbooks.indexOf(v.overbook());
      double dodge = n == 1 ? 0 : (k - (n - 1) / 2.0) * Math.min(0.12, 0.7 / n);
      minX = Math.min(minX, week);
      Evaluation.TargetEstimate t = v.target();
      double mean = places ? t.placesMean() : t.visitorsMean();
      series.get(v.groupSize() + "/" + v.overbook()).add(week + dodge, mean, places ? mean : t.visitorsLow(),
          places ? mean : t.visitorsHigh());
      maxY = Math.max(maxY, places ? mean : t.visitorsHigh());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    XYErrorRenderer r = new XYErrorRenderer();
    r.setDrawXError(false);
    r.setDrawYError(!places);
    r.setDefaultLinesVisible(false);
    r.setDefaultShapesVisible(true);
    r.setErrorStroke(new BasicStroke(1.5f));
    r.setCapLength(6);
    r.setUseOutlinePaint(true);
    int i = 0;
    for (int gi = 0; gi < sizes.size(); gi++) {
      for (int oi = 0; oi < overbooks.size(); oi++) {
        YIntervalSeries s = series.get(sizes.get(gi) + "/" + overbooks.get(oi));
        if (s.getItemCount() == 0) {
          continue;
        }
        data.addSeries(s);
        Color c = (Color) Palette.zone(gi + 1); // zone(0) is the recommendation's blue: keep that for marks
        r.setSeriesPaint(i, oi == 0 ? c : Color.WHITE);
        r.setSeriesOutlinePaint(i, c);
        r.setSeriesOutlineStroke(i, new BasicStroke(2f));
        r.setSeriesShape(i, oi % 2 == 0 ? circle(10) : square(9));
        r.setSeriesFillPaint(i, c);
        i++;
      }
    }
    r.setErrorPaint(Palette.TEXT);
    NumberAxis x = new NumberAxis("tours a week");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setRange(Math.max(-0.8, (minX > maxX ? 0 : minX) - 1.8), maxX + 0.8);
    NumberAxis y = new NumberAxis((places ? "places" : "visitors") + " a month (mean)");
    y.setNumberFormatOverride(new DecimalFormat("#,##0"));
    y.setRange(0, maxY * 1.12);
    XYPlot plot = new XYPlot(data, x, y, r);
    double goal = p.base().target().visitorsPerMonth();
    plot.addRangeMarker(ChartStyle.line(goal, "target " + Numbers.count(goal), Palette.LIMIT, Palette.LIMIT_STROKE,
        RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT, 6), Layer.FOREGROUND);
    mark(plot, p.current(), places, "Current timetable", CURRENT);
    mark(plot, p.recommended(), places, "Recommended", RECOMMENDED);
    return ChartStyle.style(new JFreeChart(null, Palette.TITLE, plot, true));
  }

  private static void mark(XYPlot plot, Evaluation e, boolean places, String name, Color colour) {
    if (e == null || e.target() == null) {
      return;
    }
    double x = e.candidate().toursPerWeek();
    double y = places ? e.target().placesMean() : e.target().visitorsMean();
    ring(plot, x, y, colour, 22);
    // visitors grow with tours, so the top-left and bottom-right corners are always empty: labels go there
    boolean topLeft = name.equals("Recommended");
    plot.addAnnotation(new Callout(name + ": " + e.candidate().toursPerWeek() + " tours a week, " + Numbers.count(y)
        + " " + (places ? "places" : "visitors") + " a month", x, y, topLeft ? 0.02 : 0.98, topLeft ? 0.05 : 0.93,
        colour));
  }
}
