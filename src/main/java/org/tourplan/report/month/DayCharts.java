package org.tourplan.report.month;

import static org.tourplan.report.ChartStyle.LABEL_BACKGROUND;
import static org.tourplan.report.ChartStyle.clockAxis;
import static org.tourplan.report.ChartStyle.clockTicks;
import static org.tourplan.report.ChartStyle.heading;
import static org.tourplan.report.ChartStyle.line;
import static org.tourplan.report.ChartStyle.minute;
import static org.tourplan.report.ChartStyle.style;

import java.awt.Paint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tourplan.text.Numbers;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Zone;
import org.tourplan.tour.TourTimeline;
import org.tourplan.tour.TourTimeline.Ride;
import org.tourplan.tour.TourTimeline.Visit;
import org.tourplan.report.Palette;

/**
 * The report's charts of one day: the Gantt chart of its tours and the persons on the production floor over it.
 * Each method builds a chart from plain data; {@link ReportWriter} renders it to a PNG of a stated size. Text drawn
 * into charts (zone ids) cannot reach HTML.
 */
final class DayCharts {
  private DayCharts() {
  }

  // ------------------------------------------------------------------------------------------------ Gantt

  /** Height of the Gantt chart for {@code rows} tours. */
  static int ganttHeight(int rows) {
    return Math.max(320, 150 + 38 * rows);
  }

  /** One row per tour of {@code date}: waiting, each zone, rides; blackout windows shaded. */
  static JFreeChart gantt(Scenario sc, List<TourTimeline> monthTours, LocalDate date) {
    List<TourTimeline> tours = Figures.ran(monthTours).stream().filter(t -> t.date().equals(date)).toList();
    double origin = Figures.dayStart(date);
    Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
    List<String> zones = sc.route().stream().distinct().toList();
    for (String z : zones) {
      series.put(z, new XYIntervalSeries(z));
    }
    XYIntervalSeries ride = new XYIntervalSeries("Shuttle: boarding and ride");
    XYIntervalSeries wait = new XYIntervalSeries("Waiting (guides, entry, pickup)");
    String[] labels = new String[tours.size()];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int row = 0; row < tours.size(); row++) {
      TourTimeline t = tours.get(row);
      labels[row] = Numbers.clock(t.scheduledStart() - origin) + " tour, " + t.persons() + " visitors";
      lo = Math.min(lo, t.scheduledStart() - origin);
      hi = Math.max(hi, t.end() - origin);
      bar(wait, t.scheduledStart(), t.guidesAt(), row, origin);
      for (int i = 0; i < t.visits().size(); i++) {
        Visit v = t.visits().get(i);
        bar(wait, v.arrive(), v.enter(), row, origin);
        bar(series.get(v.zone()), v.enter(), v.leave(), row, origin);
        if (i < t.rides().size()) {
          Ride r = t.rides().get(i);
          bar(wait, r.requested(), r.ready(), row, origin);
          bar(ride, r.ready(), r.arrive(), row, origin);
        }
      }
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    List<Paint> paints = new ArrayList<>();
    for (int i = 0; i < zones.size(); i++) {
      data.addSeries(series.get(zones.get(i)));
      paints.add(Palette.zone(i));
    }
    data.addSeries(ride);
    paints.add(Palette.RIDE);
    data.addSeries(wait);
    paints.add(Palette.WAIT);

    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    renderer.setShadowVisible(false);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setDrawBarOutline(false);
    for (int i = 0; i < paints.size(); i++) {
      renderer.setSeriesPaint(i, paints.get(i));
    }
    SymbolAxis y = new SymbolAxis(null, labels);
    y.setInverted(true);
    y.setGridBandsVisible(false);
    NumberAxis x = clockAxis("Time of day");
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    if (tours.isEmpty()) {
      lo = 9 * 60;
      hi = 17 * 60;
    }
    x.setRange(Math.floor((lo - 10) / 30) * 30, Math.ceil((hi + 10) / 30) * 30);
    clockTicks(x);
    shadeBlackouts(plot, sc.limits(), null, true);
    JFreeChart chart = new JFreeChart(null, Palette.TITLE, plot, true);
    // legend: drop series that have no bar at all (e.g. no waiting), so every colour shown is on the chart
    LegendItemCollection items = new LegendItemCollection();
    for (int i = 0; i < data.getSeriesCount(); i++) {
      if (data.getItemCount(i) > 0) {
        items.add(renderer.getLegendItem(0, i));
      }
    }
    plot.setFixedLegendItems(items);
    return style(chart);
  }

  private static void bar(XYIntervalSeries s, double from, double to, int row, double origin) {
    if (Double.isNaN(from) || Double.isNaN(to) || to - from < 0.05) {
      return;
    }
    s.add((from + to) / 2 - origin, from - origin, to - origin, row, row - 0.34, row + 0.34);
  }

  /** Shades the blackout windows that apply to {@code zone} (null: every blackout), labelled if asked. */
  private static void shadeBlackouts(XYPlot plot, Limits limits, String zone, boolean label) {
    for (Limits.Blackout b : limits.blackouts()) {
      if (zone != null && !b.zones().contains(zone)) {
        continue;
      }
      double from = minute(b.from());
      double to = minute(b.to());
      List<double[]> spans = to > from ? List.of(new double[] {from, to})
          : List.of(new double[] {from, 1440}, new double[] {0, to});
      for (double[] s : spans) {
        IntervalMarker m = new IntervalMarker(s[0], s[1], Palette.BLACKOUT);
        if (label) {
          m.setLabel(String.join(", ", b.zones()) + " closed");
          m.setLabelFont(Palette.SMALL);
          m.setLabelPaint(Palette.TEXT);
          m.setLabelAnchor(RectangleAnchor.TOP);
          m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
          m.setLabelOffset(new RectangleInsets(4, 2, 2, 2));
          m.setLabelBackgroundColor(LABEL_BACKGROUND);
        }
        plot.addDomainMarker(m, Layer.BACKGROUND);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ occupancy

  /** Floor zones in route order (each once). */
  static List<String> floorZones(Scenario sc) {
    return sc.route().stream().distinct().filter(z -> sc.zones().get(z).floor()).toList();
  }

  /** Height of the occupancy chart. */
  static int occupancyHeight(Scenario sc) {
    return 110 + 200 * (1 + floorZones(sc).size());
  }

  /** Persons on the floor over {@code date}: the whole floor and each floor zone, each against its limit. */
  static JFreeChart occupancy(Scenario sc, List<TourTimeline> tours, LocalDate date) {
    NumberAxis x = clockAxis("Time of day");
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
    combined.setGap(14);
    Figures.Steps whole = Figures.floor(tours, date, null);
    Limits limits = sc.limits();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (TourTimeline t : Figures.ran(tours)) {
      if (t.date().equals(date)) {
        lo = Math.min(lo, t.scheduledStart() - Figures.dayStart(date));
        hi = Math.max(hi, t.end() - Figures.dayStart(date));
      }
    }
    if (lo > hi) {
      lo = 9 * 60;
      hi = 17 * 60;
    }
    lo = Math.floor((lo - 10) / 30) * 30;
    hi = Math.ceil((hi + 10) / 30) * 30;
    combined.add(stepPlot("Whole production floor", whole, lo, hi, Palette.PRIMARY,
        limits.floorVisitors(), "floor limit", null, null), 1);
    List<String> floor = floorZones(sc);
    for (int i = 0; i < floor.size(); i++) {
      Zone z = sc.zones().get(floor.get(i));
      Double evac = z.egressPerMinute() != null && limits.evacuationMinutes() != null
          ? Math.floor(z.egressPerMinute() * limits.evacuationMinutes()) : null;
      XYPlot p = stepPlot("On the floor at " + z.id(), Figures.floor(tours, date, z.id()), lo, hi,
          Palette.zone(sc.route().indexOf(z.id())), evac, "evacuation limit", (double) z.capacity(),
          "capacity inside");
      shadeBlackouts(p, limits, z.id(), false);
      combined.add(p, 1);
    }
    x.setRange(lo, hi);
    clockTicks(x);
    JFreeChart chart = new JFreeChart(null, Palette.TITLE, combined, false);
    return style(chart);
  }

  /** Lines up to this many times the data's top are drawn within the scale; higher ones are named, not drawn. */
  static final double SCALE_ROOM = 3;

  static boolean onScale(double line, double dataTop) {
    return line <= SCALE_ROOM * dataTop;
  }

  private static XYPlot stepPlot(String title, Figures.Steps steps, double lo, double hi, Paint paint,
                                 Double limit, String limitName, Double reference, String referenceName) {
    XYSeries s = new XYSeries(title, true, true);
    s.add(lo, 0);
    for (int i = 0; i < steps.time().length; i++) {
      s.addOrUpdate(steps.time()[i], steps.level()[i]);
    }
    s.addOrUpdate(hi, steps.level().length == 0 ? 0 : steps.level()[steps.level().length - 1]);
    XYStepRenderer r = new XYStepRenderer();
    r.setSeriesPaint(0, paint);
    r.setSeriesStroke(0, Palette.LINE);
    r.setDefaultShapesVisible(false);
    NumberAxis y = new NumberAxis("persons");
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    // the scale is the data's: a limit far above the peak would flatten the day onto the axis, so it is named in
    // the panel's heading instead of drawn
    double data = Math.max(10, steps.peak());
    List<String> off = new java.util.ArrayList<>();
    if (limit != null && !onScale(limit, data)) {
      off.add(limitName + " " + Numbers.count(limit));
      limit = null;
    }
    if (reference != null && !onScale(reference, data)) {
      off.add(referenceName + " " + Numbers.count(reference));
      reference = null;
    }
    double top = data;
    if (limit != null) {
      top = Math.max(top, limit);
    }
    if (reference != null) {
      top = Math.max(top, reference);
    }
    y.setRange(0, top * 1.22);
    XYPlot p = new XYPlot(new XYSeriesCollection(s), null, y, r);
    p.addAnnotation(new XYTitleAnnotation(0.005, 0.98, heading(title + "  (peak " + Numbers.count(steps.peak())
        + (off.isEmpty() ? "" : "; " + String.join(" and ", off) + (off.size() == 1 ? " is" : " are")
        + " far above, off the scale") + ")"), RectangleAnchor.TOP_LEFT));
    if (reference != null) {
      p.addRangeMarker(line(reference, referenceName + " " + Numbers.count(reference), Palette.REFERENCE,
          Palette.REFERENCE_STROKE, RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT, 120));
    }
    if (limit != null) {
      p.addRangeMarker(line(limit, limitName + " " + Numbers.count(limit), Palette.LIMIT, Palette.LIMIT_STROKE,
          RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT, 6));
    }
    return p;
  }
}
