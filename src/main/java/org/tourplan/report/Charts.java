package org.tourplan.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tourplan.safety.Format;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Zone;
import org.tourplan.tour.TourTimeline;
import org.tourplan.tour.TourTimeline.Ride;
import org.tourplan.tour.TourTimeline.Visit;

/**
 * The report's charts, all JFreeChart, all in the {@link Palette}. Each method builds a chart from plain data;
 * {@link ReportWriter} renders it to a PNG of a stated size. Text drawn into charts (zone ids) cannot reach HTML.
 */
public final class Charts {
  /** Width of every chart in pixels (shown at most this wide; about 17 cm on A4). */
  public static final int WIDTH = 1000;
  /** Behind marker labels, so a line or bar under the text does not hide it. */
  static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 225);

  private Charts() {
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
      labels[row] = Format.clock(t.scheduledStart() - origin) + " tour, " + t.persons() + " visitors";
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

  static double minute(LocalTime t) {
    return t.toSecondOfDay() / 60.0;
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
    double top = Math.max(10, steps.peak());
    if (limit != null) {
      top = Math.max(top, limit);
    }
    if (reference != null) {
      top = Math.max(top, reference);
    }
    y.setRange(0, top * 1.22);
    XYPlot p = new XYPlot(new XYSeriesCollection(s), null, y, r);
    p.addAnnotation(new XYTitleAnnotation(0.005, 0.98, heading(title + "  (peak " + Format.count(steps.peak())
        + ")"), RectangleAnchor.TOP_LEFT));
    if (reference != null) {
      p.addRangeMarker(line(reference, referenceName + " " + Format.count(reference), Palette.REFERENCE,
          Palette.REFERENCE_STROKE, RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT, 120));
    }
    if (limit != null) {
      p.addRangeMarker(line(limit, limitName + " " + Format.count(limit), Palette.LIMIT, Palette.LIMIT_STROKE,
          RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT, 6));
    }
    return p;
  }

  static TextTitle heading(String text) {
    TextTitle t = new TextTitle(text, Palette.LABEL.deriveFont(Font.BOLD));
    t.setPaint(Palette.TEXT);
    t.setBackgroundPaint(new Color(255, 255, 255, 210));
    t.setPadding(2, 4, 2, 4);
    return t;
  }

  static ValueMarker line(double v, String label, Paint paint, java.awt.Stroke stroke,
                                  RectangleAnchor anchor, TextAnchor text, double inset) {
    ValueMarker m = new ValueMarker(v, paint, stroke);
    m.setLabel(label);
    m.setLabelFont(Palette.SMALL.deriveFont(Font.BOLD));
    m.setLabelPaint(paint);
    m.setLabelAnchor(anchor);
    m.setLabelTextAnchor(text);
    m.setLabelOffset(new RectangleInsets(2, inset, 2, inset));
    m.setLabelBackgroundColor(LABEL_BACKGROUND);
    return m;
  }

  // ------------------------------------------------------------------------------------------------ visitors

  /** Height of the visitors histogram. */
  static final int VISITORS_HEIGHT = 420;

  /** Monthly visitors over the replications, with the target line. */
  static JFreeChart visitors(double[] values, Double target, String unit) {
    int reached = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
      reached += target != null && v >= target ? 1 : 0;
    }
    int bins = (int) Math.max(6, Math.min(25, Math.round(Math.sqrt(values.length) * 1.5)));
    double lo = Math.floor(min);
    double hi = Math.ceil(max);
    if (hi - lo < bins) {
      hi = lo + bins;
    }
    HistogramDataset data = new HistogramDataset();
    data.addSeries("Simulated months", values, bins, lo, hi);
    XYBarRenderer r = new XYBarRenderer(0.08);
    r.setBarPainter(new StandardXYBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, Palette.PRIMARY);
    NumberAxis x = new NumberAxis(unit + " in a month");
    x.setNumberFormatOverride(new DecimalFormat("#,##0"));
    NumberAxis y = new NumberAxis("simulated months");
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot p = new XYPlot(data, x, y, r);
    double left = lo;
    double right = hi;
    if (target != null) {
      left = Math.min(left, target);
      right = Math.max(right, target);
      p.addDomainMarker(line(target, "target " + Format.count(target), Palette.LIMIT, Palette.LIMIT_STROKE,
          RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT, 6), Layer.FOREGROUND);
    }
    double pad = Math.max(1, (right - left) * 0.08);
    x.setRange(left - pad, right + pad);
    y.setUpperMargin(0.15);
    JFreeChart chart = new JFreeChart(null, Palette.TITLE, p, false);
    if (target != null) {
      chart.addSubtitle(subtitle(Format.count(reached) + " of " + Format.count(values.length)
          + " simulated months reach the target of " + Format.count(target) + "."));
    }
    return style(chart);
  }

  // ------------------------------------------------------------------------------------------------ waits

  /** Height of the waits chart. */
  static int waitsHeight(int kinds) {
    return 170 + 62 * kinds;
  }

  /** Median, 90th percentile and longest wait of each kind (horizontal bars). */
  static JFreeChart waits(List<Figures.Waits> waits, Double floorLimit) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double top = 0;
    for (Figures.Waits w : waits) {
      double p50 = zero(w.percentile(50));
      double p90 = zero(w.percentile(90));
      double max = zero(w.max());
      data.addValue(p50, "Median", w.label());
      data.addValue(p90, "90th percentile", w.label());
      data.addValue(max, "Longest", w.label());
      top = Math.max(top, max);
    }
    BarRenderer r = new BarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setItemMargin(0.05);
    r.setSeriesPaint(0, new Color(0xF6D28B));
    r.setSeriesPaint(1, Palette.WAIT);
    r.setSeriesPaint(2, new Color(0xA35200));
    r.setDefaultItemLabelGenerator(new NonZeroLabels("{2}", new DecimalFormat("0.0")));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(Palette.SMALL);
    r.setDefaultPositiveItemLabelPosition(RIGHT_OF_BAR);
    CategoryAxis c = new CategoryAxis(null);
    NumberAxis v = new NumberAxis("minutes");
    double upper = Math.max(1, top);
    if (floorLimit != null) {
      upper = Math.max(upper, floorLimit);
    }
    v.setRange(0, upper * 1.15);
    CategoryPlot p = new CategoryPlot(data, c, v, r);
    p.setOrientation(PlotOrientation.HORIZONTAL);
    if (floorLimit != null) {
      // the label runs away from the nearer edge, so it is never clipped
      boolean rightHalf = floorLimit > upper * 1.15 / 2;
      p.addRangeMarker(line(floorLimit, "limit for a wait on the floor: " + Format.number(floorLimit) + " min",
          Palette.LIMIT, Palette.LIMIT_STROKE, rightHalf ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT,
          rightHalf ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT, 6), Layer.FOREGROUND);
    }
    JFreeChart chart = new JFreeChart(null, Palette.TITLE, p, true);
    if (top == 0) {
      chart.addSubtitle(subtitle("No group waited at all in this month."));
    }
    return style(chart);
  }

  /** Item labels just right of a horizontal bar's end. */
  private static final ItemLabelPosition RIGHT_OF_BAR = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
      TextAnchor.CENTER_LEFT);

  /** Labels only for bars that have a length: a row of "0.0" at the axis reads as clutter. */
  static final class NonZeroLabels extends StandardCategoryItemLabelGenerator {
    NonZeroLabels(String format, NumberFormat numbers) {
      super(format, numbers);
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Number v = dataset.getValue(row, column);
      return v == null || v.doubleValue() < 0.05 ? null : super.generateLabel(dataset, row, column);
    }
  }

  private static double zero(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  // ------------------------------------------------------------------------------------------------ utilisation

  /** Height of the utilisation chart. */
  static int utilisationHeight(int bars) {
    return 130 + 46 * bars;
  }

  /** Busy share of each resource; the busiest bar is darker. */
  static JFreeChart utilisation(List<Figures.Use> uses) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int busiest = -1;
    for (int i = 0; i < uses.size(); i++) {
      data.addValue(100 * uses.get(i).share(), "Busy share", uses.get(i).label());
      if (busiest < 0 || uses.get(i).share() > uses.get(busiest).share()) {
        busiest = i;
      }
    }
    final int highlight = busiest;
    BarRenderer r = new BarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return column == highlight ? Palette.SCALE_HIGH : new Color(0x6BAED6);
      }
    };
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setMaximumBarWidth(0.7);
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", new DecimalFormat("0")));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(Palette.TICK);
    r.setDefaultPositiveItemLabelPosition(RIGHT_OF_BAR);
    NumberAxis v = new NumberAxis("share of operating time in use (%)");
    v.setRange(0, 105);
    v.setTickUnit(new NumberTickUnit(10));
    CategoryPlot p = new CategoryPlot(data, new CategoryAxis(null), v, r);
    p.setOrientation(PlotOrientation.HORIZONTAL);
    return style(new JFreeChart(null, Palette.TITLE, p, false));
  }

  // ------------------------------------------------------------------------------------------------ calendar

  /** Height of the calendar. */
  static final int CALENDAR_HEIGHT = 560;

  /** The month as a calendar (weeks down, Monday to Sunday across), shaded by visitors per day. */
  static JFreeChart calendar(YearMonth month, Map<LocalDate, Integer> visitors) {
    int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
    int weeks = (offset + month.lengthOfMonth() + 6) / 7;
    int days = month.lengthOfMonth();
    double[][] xyz = new double[3][days];
    double max = 1;
    for (int d = 1; d <= days; d++) {
      int cell = offset + d - 1;
      int v = visitors.getOrDefault(month.atDay(d), 0);
      xyz[0][d - 1] = cell % 7;
      xyz[1][d - 1] = cell / 7;
      xyz[2][d - 1] = v == 0 ? -1 : v;
      max = Math.max(max, v);
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("visitors", xyz);
    Scale scale = new Scale(max);
    XYBlockRenderer r = new XYBlockRenderer();
    r.setPaintScale(scale);
    r.setBlockWidth(0.96);
    r.setBlockHeight(0.92);
    String[] dayNames = new String[7];
    for (int i = 0; i < 7; i++) {
      dayNames[i] = DayOfWeek.of(i + 1).getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
    }
    String[] weekNames = new String[weeks];
    for (int w = 0; w < weeks; w++) {
      weekNames[w] = "week " + (w + 1);
    }
    SymbolAxis x = new SymbolAxis(null, dayNames);
    x.setGridBandsVisible(false);
    x.setTickLabelFont(Palette.LABEL);
    SymbolAxis y = new SymbolAxis(null, weekNames);
    y.setGridBandsVisible(false);
    y.setInverted(true);
    XYPlot p = new XYPlot(data, x, y, r);
    p.setDomainGridlinesVisible(false);
    p.setRangeGridlinesVisible(false);
    x.setAxisLineVisible(false);
    y.setAxisLineVisible(false);
    x.setTickMarksVisible(false);
    y.setTickMarksVisible(false);
    x.setRange(-0.5, 6.5);
    y.setRange(-0.5, weeks - 0.5);
    x.setLowerMargin(0);
    for (int d = 1; d <= days; d++) {
      double cx = xyz[0][d - 1];
      double cy = xyz[1][d - 1];
      int v = visitors.getOrDefault(month.atDay(d), 0);
      boolean dark = v > 0.55 * max;
      XYTextAnnotation day = new XYTextAnnotation(Integer.toString(d), cx - 0.44, cy - 0.40);
      day.setFont(Palette.SMALL);
      day.setTextAnchor(TextAnchor.TOP_LEFT);
      day.setPaint(dark ? Color.WHITE : Palette.TEXT);
      p.addAnnotation(day);
      XYTextAnnotation value = new XYTextAnnotation(v == 0 ? "no tours" : Format.count(v), cx, cy + 0.08);
      value.setFont(v == 0 ? Palette.SMALL : Palette.LABEL.deriveFont(Font.BOLD, 18f));
      value.setPaint(dark ? Color.WHITE : Palette.TEXT);
      p.addAnnotation(value);
    }
    JFreeChart chart = new JFreeChart(null, Palette.TITLE, p, false);
    NumberAxis legendAxis = new NumberAxis("visitors per day");
    legendAxis.setRange(0, max);
    legendAxis.setLabelFont(Palette.SMALL);
    legendAxis.setTickLabelFont(Palette.SMALL);
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setMargin(new RectangleInsets(4, 120, 4, 120));
    legend.setStripWidth(14);
    legend.setAxisOffset(4);
    legend.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(legend);
    return style(chart);
  }

  /** Light to dark blue over [0, max]; values below 0 (no tours) grey. */
  static final class Scale implements PaintScale {
    private final double max;

    Scale(double max) {
      this.max = max;
    }

    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return max;
    }

    @Override
    public Paint getPaint(double v) {
      if (v < 0) {
        return Palette.NONE;
      }
      double f = Math.max(0, Math.min(1, v / max));
      Color a = Palette.SCALE_LOW;
      Color b = Palette.SCALE_HIGH;
      return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
          (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
          (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
  }

  // ------------------------------------------------------------------------------------------------ shuttles

  /** Height of the vehicle Gantt chart for {@code vehicles} rows. */
  static int vehicleGanttHeight(int vehicles) {
    return Math.max(260, 140 + 64 * vehicles);
  }

  /**
   * The shuttle package's vehicle Gantt chart of one date's plan, in the report's type scale (the page's heading
   * names the date, so the chart has no title of its own).
   */
  static JFreeChart vehicleGantt(org.tourplan.shuttle.DayPlan plan) {
    JFreeChart chart = org.tourplan.shuttle.VehicleGanttChart.chart(plan);
    chart.setTitle((TextTitle) null);
    XYPlot p = chart.getXYPlot();
    // one label per run of consecutive legs of the same tour on a vehicle (a tour's rides are minutes apart, so a
    // label on every ride overlaps its neighbours), centred over the run
    p.clearAnnotations();
    long day = plan.date().toEpochDay() * 86_400_000L;
    double lo = plan.vehicles().stream().flatMap(v -> v.legs().stream())
        .mapToDouble(org.tourplan.shuttle.Leg::start).min().orElse(9 * 60);
    double hi = plan.vehicles().stream().flatMap(v -> v.legs().stream())
        .mapToDouble(org.tourplan.shuttle.Leg::end).max().orElse(17 * 60);
    lo = Math.floor((lo - 5) / 15) * 15;
    hi = Math.max(lo + 60, Math.ceil((hi + 5) / 15) * 15);
    p.getDomainAxis().setRange(day + lo * 60_000L, day + hi * 60_000L);
    // a label ("10:30", Palette.SMALL) is about 40 px wide on a plot about 820 px wide
    double labelMinutes = 44 * (hi - lo) / 820;
    for (org.tourplan.shuttle.VehicleRoster v : plan.vehicles()) {
      double lastRight = Double.NEGATIVE_INFINITY;
      List<org.tourplan.shuttle.Leg> legs = v.legs().stream()
          .filter(l -> l.kind() != org.tourplan.shuttle.Leg.Kind.EMPTY).toList();
      int i = 0;
      while (i < legs.size()) {
        int j = i;
        while (j + 1 < legs.size() && legs.get(j + 1).tour() == legs.get(i).tour()) {
          j++;
        }
        // centred over the run, or moved right just enough not to overlap the row's previous label
        double mid = Math.max((legs.get(i).start() + legs.get(j).end()) / 2, lastRight + labelMinutes / 2);
        lastRight = mid + labelMinutes / 2;
        XYTextAnnotation t = new XYTextAnnotation(legs.get(i).label().replace("tour ", ""),
            day + mid * 60_000L, v.vehicle() + 0.38);
        t.setFont(Palette.SMALL);
        t.setPaint(Palette.TEXT);
        t.setTextAnchor(TextAnchor.TOP_CENTER);
        p.addAnnotation(t);
        i = j + 1;
      }
    }
    p.getDomainAxis().setLabel("Time of day (nominal plan)");
    style(chart);
    p.setDomainGridlinePaint(Palette.GRID);
    return chart;
  }

  /** Height of the fleet-by-day-of-week chart. */
  static final int FLEET_HEIGHT = 320;

  /**
   * Most vehicles each day of the week needs, with the file's fleet as a line; a day that needs more than the file
   * has is drawn in the limit colour.
   */
  static JFreeChart fleetByDay(Map<DayOfWeek, Integer> fleet, int inFile) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<DayOfWeek> days = List.of(DayOfWeek.values());
    int top = inFile;
    for (DayOfWeek d : days) {
      int v = fleet.getOrDefault(d, 0);
      data.addValue(v, "Vehicles needed", d.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH));
      top = Math.max(top, v);
    }
    BarRenderer r = new BarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return fleet.getOrDefault(days.get(column), 0) > inFile ? Palette.LIMIT : Palette.PRIMARY;
      }
    };
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setMaximumBarWidth(0.09);
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0")));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(Palette.TICK.deriveFont(Font.BOLD));
    NumberAxis v = new NumberAxis("vehicles");
    v.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    v.setRange(0, Math.max(1, top) * 1.25 + 0.5);
    CategoryPlot p = new CategoryPlot(data, new CategoryAxis(null), v, r);
    p.setOrientation(PlotOrientation.VERTICAL);
    ValueMarker file = line(inFile, "vehicles in the file: " + inFile, Palette.REFERENCE, Palette.LIMIT_STROKE,
        RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT, 6);
    p.addRangeMarker(file, Layer.FOREGROUND);
    JFreeChart chart = style(new JFreeChart(null, Palette.TITLE, p, false));
    p.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    p.getDomainAxis().setMaximumCategoryLabelWidthRatio(1f);
    return chart;
  }

  // ------------------------------------------------------------------------------------------------ style

  static NumberAxis clockAxis(String label) {
    NumberAxis x = new NumberAxis(label);
    x.setNumberFormatOverride(new ClockFormat());
    return x;
  }

  static void clockTicks(NumberAxis x) {
    double span = x.getUpperBound() - x.getLowerBound();
    x.setTickUnit(new NumberTickUnit(span > 12 * 60 ? 120 : span > 5 * 60 ? 60 : 30, new ClockFormat()));
  }

  static TextTitle subtitle(String text) {
    TextTitle t = new TextTitle(text, Palette.LABEL);
    t.setPaint(Palette.TEXT);
    return t;
  }

  /** White background, the palette's fonts and gridlines on every plot and axis. */
  static JFreeChart style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(Palette.LABEL);
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint(Color.WHITE);
      legend.setPosition(RectangleEdge.TOP);
    }
    stylePlot(chart.getPlot());
    return chart;
  }

  private static void stylePlot(Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (plot instanceof CombinedDomainXYPlot c) {
      axis(c.getDomainAxis());
      for (XYPlot p : c.getSubplots()) {
        stylePlot(p);
      }
    } else if (plot instanceof CombinedRangeXYPlot c) {
      axis(c.getRangeAxis());
      for (XYPlot p : c.getSubplots()) {
        stylePlot(p);
      }
    } else if (plot instanceof XYPlot p) {
      p.setDomainGridlinePaint(Palette.GRID);
      p.setRangeGridlinePaint(Palette.GRID);
      p.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
      for (int i = 0; i < p.getDomainAxisCount(); i++) {
        axis(p.getDomainAxis(i));
      }
      for (int i = 0; i < p.getRangeAxisCount(); i++) {
        axis(p.getRangeAxis(i));
      }
    } else if (plot instanceof CategoryPlot p) {
      p.setRangeGridlinePaint(Palette.GRID);
      p.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
      p.getDomainAxis().setLabelFont(Palette.LABEL);
      p.getDomainAxis().setTickLabelFont(Palette.LABEL);
      p.getDomainAxis().setTickLabelPaint(Palette.TEXT);
      p.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
      axis(p.getRangeAxis());
    }
  }

  private static void axis(ValueAxis a) {
    if (a == null) {
      return;
    }
    a.setLabelFont(Palette.LABEL);
    a.setLabelPaint(Palette.TEXT);
    if (a.getTickLabelFont().getSize() < Palette.TICK.getSize() || !(a instanceof SymbolAxis)) {
      a.setTickLabelFont(a instanceof SymbolAxis && a.getTickLabelFont().equals(Palette.LABEL) ? Palette.LABEL
          : Palette.TICK);
    }
    a.setTickLabelPaint(Palette.TEXT);
  }

  /** Minutes of the day as HH:MM on axes. */
  static final class ClockFormat extends NumberFormat {
    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
      double m = Math.floorMod((long) Math.floor(number + 1e-9), 1440L);
      return toAppendTo.append(Format.clock(m));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
      return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
      return null;
    }
  }
}
