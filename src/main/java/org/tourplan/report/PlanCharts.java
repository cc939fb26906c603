package org.tourplan.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.tourplan.plan.Candidate;
import org.tourplan.plan.Evaluation;
import org.tourplan.plan.PlanResult;
import org.tourplan.safety.Format;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.scenario.Zone;

/**
 * The plan's charts (frontier, visitors against tours, the recommended week, P(target) heat map), in the report's
 * {@link Palette} and with the helpers of {@link Charts}, so they look like the management report's. Text drawn
 * into a PNG (the scenario's zone ids never are; only numbers and fixed words) cannot reach HTML.
 */
final class PlanCharts {
  /** The recommendation: blue wherever it appears. */
  static final Color RECOMMENDED = Palette.PRIMARY;
  /** The file's own (current) timetable: dark grey wherever it appears. */
  static final Color CURRENT = new Color(0x5F5F5F);
  /** Feasible candidates. */
  static final Color FEASIBLE = new Color(0x009E73);
  /** Candidates still undecided at the replication cap. */
  static final Color UNDECIDED = new Color(0xCC79A7);
  /** Candidates with too few shuttles or guides. */
  static final Color TOO_FEW = new Color(0x8C8C8C);

  static final int FRONTIER_HEIGHT = 560;
  static final int VOLUME_HEIGHT = 560;
  static final int HEAT_HEIGHT_BASE = 200;

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
    out.add(png(dir, frontierChart(plan), frontier(plan)));
    out.add(png(dir, volumeChart(plan), volumes(plan)));
    out.add(png(dir, weekChart(plan), week(plan)));
    out.add(png(dir, heatChart(plan), heat(plan)));
    return out;
  }

  private static Chart png(Path dir, Chart c, JFreeChart chart) throws IOException {
    AtomicFiles.write(dir.resolve(c.file()), o -> ChartUtils.writeChartAsPNG(o, chart, c.width(), c.height()));
    return c;
  }

  // ------------------------------------------------------------------------------------------------ wording

  private static String unit(PlanResult p) {
    return p.base().target().unit() == Target.Unit.PLACES ? "places" : "visitors";
  }

  private static String percent(double confidence) {
    return new DecimalFormat("0.#").format(100 * confidence) + "%";
  }

  /** Months each target estimate rests on ("200 months each", or a range when they differ). */
  private static String monthsEach(List<Evaluation.TargetEstimate> ts) {
    int lo = ts.stream().mapToInt(Evaluation.TargetEstimate::months).min().orElse(0);
    int hi = ts.stream().mapToInt(Evaluation.TargetEstimate::months).max().orElse(0);
    return (lo == hi ? Format.count(lo) : Format.count(lo) + " to " + Format.count(hi)) + " months each";
  }

  // ------------------------------------------------------------------------------------------------ frontier

  private static Chart frontierChart(PlanResult p) {
    long simulated = p.evaluated().stream().filter(e -> e.target() != null).count();
    String months = monthsEach(p.evaluated().stream().map(Evaluation::target).filter(t -> t != null).toList());
    return new Chart("frontier.png", "Cost against the chance of reaching the target",
        "Every one of the " + Format.count(p.evaluated().size()) + " candidates the search examined (cheapest first, "
            + "of " + Format.count(p.candidates()) + " in the plan space); " + Format.count(simulated)
            + " of them had their months counted (" + months + "), the others were rejected without simulation. "
            + "The current timetable is judged the same way.",
        "Each dot is a candidate: its cost a month across, the share of months reaching the target up. Colour and "
            + "shape give its verdict; candidates that cannot reach the target even with every tour full sit at 0%. "
            + "The black step line is the frontier: the best chance of reaching the target for the money. Only "
            + "green dots above the dashed red line meet both goals; the recommendation is the cheapest of them.",
        Charts.WIDTH, FRONTIER_HEIGHT);
  }

  /** Status groups in legend order, with colour and shape. */
  private enum Group {
    FEASIBLE("Feasible: meets both goals", PlanCharts.FEASIBLE, circle(11)),
    TARGET("Misses the target (or cannot reach it)", Palette.WAIT, triangle(12)),
    UNSAFE("Unsafe: breaches a limit", Palette.LIMIT, cross(11)),
    TOO_FEW("Too few shuttles or guides", PlanCharts.TOO_FEW, square(10)),
    UNDECIDED("Undecided at the replication cap", PlanCharts.UNDECIDED, diamond(12));

    final String label;
    final Color colour;
    final Shape shape;

    Group(String label, Color colour, Shape shape) {
      this.label = label;
      this.colour = colour;
      this.shape = shape;
    }

    static Group of(Evaluation.Status s) {
      return switch (s) {
        case FEASIBLE -> FEASIBLE;
        case TARGET_MISSED, TARGET_UNREACHABLE -> TARGET;
        case LIMIT_BREACHED -> UNSAFE;
        case UNSERVABLE -> TOO_FEW;
        case UNDECIDED -> UNDECIDED;
      };
    }
  }

  private static double chance(Evaluation e) {
    return e.target() == null ? 0 : 100 * e.target().probability();
  }

  static JFreeChart frontier(PlanResult p) {
    Map<Group, XYSeries> series = new LinkedHashMap<>();
    for (Group g : Group.values()) {
      series.put(g, new XYSeries(g.label, false, true));
    }
    double maxCost = 0;
    for (Evaluation e : p.evaluated()) {
      series.get(Group.of(e.status())).add(e.cost(), chance(e));
      maxCost = Math.max(maxCost, e.cost());
    }
    Evaluation rec = p.recommended();
    Evaluation cur = p.current();
    if (rec != null) {
      maxCost = Math.max(maxCost, rec.cost());
    }
    // the current timetable often costs several times more than anything the search needed to look at: drawn to
    // scale it would squeeze every other candidate into a corner, so then it is shown at the right edge instead
    boolean curOffScale = cur != null && cur.cost() > 1.6 * Math.max(1, maxCost);
    if (cur != null && !curOffScale) {
      maxCost = Math.max(maxCost, cur.cost());
    }
    double right = Math.max(1000, maxCost * 1.12);

    XYSeriesCollection points = new XYSeriesCollection();
    XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
    LegendItemCollection legend = new LegendItemCollection();
    for (Group g : Group.values()) {
      XYSeries s = series.get(g);
      if (s.getItemCount() == 0) {
        continue;
      }
      int i = points.getSeriesCount();
      points.addSeries(s);
      dots.setSeriesPaint(i, translucent(g.colour, 200));
      dots.setSeriesShape(i, g.shape);
      dots.setSeriesOutlinePaint(i, g.colour);
    }
    NumberAxis x = new NumberAxis("cost a month");
    x.setNumberFormatOverride(new DecimalFormat("#,##0"));
    x.setRange(-right * 0.02, right);
    NumberAxis y = new NumberAxis("months reaching the target (%)");
    y.setRange(-4, 112);
    y.setTickUnit(new NumberTickUnit(10));
    XYPlot plot = new XYPlot(points, x, y, dots);
    for (int i = 0; i < points.getSeriesCount(); i++) {
      legend.add(dots.getLegendItem(0, i));
    }

    // the frontier, drawn under the dots
    XYSeries front = new XYSeries("Frontier: best chance for the money", false, true);
    for (Evaluation e : p.frontier()) {
      front.add(e.cost(), chance(e));
    }
    XYStepRenderer step = new XYStepRenderer();
    step.setSeriesPaint(0, Palette.TEXT);
    step.setSeriesStroke(0, new BasicStroke(2f));
    step.setDefaultShapesVisible(false);
    plot.setDataset(1, new XYSeriesCollection(front));
    plot.setRenderer(1, step);
    legend.add(step.getLegendItem(1, 0));
    plot.setFixedLegendItems(legend);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);

    double confidence = 100 * p.base().target().confidence();
    plot.addRangeMarker(Charts.line(confidence, "needed: " + percent(p.base().target().confidence())
            + " of months", Palette.LIMIT, Palette.LIMIT_STROKE, RectangleAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT, 6),
        Layer.FOREGROUND);

    // labels sit at the left, a third of the way down: nothing cheap reaches the target with a middling chance
    // in practice (cheap candidates cannot reach it at all), so the lines to the marked points cross little
    if (rec != null) {
      ring(plot, rec.cost(), chance(rec), RECOMMENDED, 20);
      plot.addAnnotation(new Callout("Recommended: " + Format.count(rec.cost()) + " a month, "
          + pct(chance(rec)) + " of months", rec.cost(), chance(rec), 0.03, 0.30, RECOMMENDED));
    }
    if (cur != null) {
      String text = "Current timetable: " + Format.count(cur.cost()) + " a month, " + pct(chance(cur))
          + " of months";
      double at = cur.cost();
      if (curOffScale) {
        at = right * 0.995;
        plot.addAnnotation(new XYShapeAnnotation(arrowRight(at, chance(cur), right), new BasicStroke(1f),
            CURRENT, CURRENT));
        text += " (off the scale, further right)";
        at -= right * 0.012;
      } else {
        ring(plot, at, chance(cur), CURRENT, 20);
      }
      plot.addAnnotation(new Callout(text, at, chance(cur), 0.03, 0.42, CURRENT));
    }
    JFreeChart chart = new JFreeChart(null, Palette.TITLE, plot, true);
    return Charts.style(chart);
  }

  private static String pct(double v) {
    return new DecimalFormat("0.#").format(v) + "%";
  }

  // ------------------------------------------------------------------------------------------------ volumes

  private static Chart volumeChart(PlanResult p) {
    List<PlanResult.Volume> all = p.volumes();
    List<Evaluation.TargetEstimate> ts = all.stream().map(PlanResult.Volume::target).filter(t -> t != null).toList();
    int skipped = all.size() - ts.size();
    String unit = unit(p);
    boolean places = unit.equals("places");
    return new Chart("volume.png", "Visitors a month against tours a week",
        "All " + Format.count(all.size()) + " combinations of tours per weekday, tours per weekend day, group size "
            + "and overbooking in the plan space (shuttles and guides never change how many come), "
            + monthsEach(ts) + ", counted from the check-in draws" + (skipped == 0 ? "."
            : "; the " + Format.count(skipped) + " that cannot reach the target even with every tour full are "
            + "left out."),
        "Across: tours in a week (5 \u00d7 tours per weekday + 2 \u00d7 tours per weekend day); up: the mean "
            + unit + " a month. One colour per group size, filled or open for overbooking; points of one size "
            + "are spread a little sideways so that they do not hide each other. "
            + (places ? "" : "The error bars are the 95% confidence interval of the mean (mostly narrower than "
            + "the dot). ")
            + "Points above the dashed red target line reach it on average; the heat map below says how often.",
        Charts.WIDTH, VOLUME_HEIGHT);
  }

  static JFreeChart volumes(PlanResult p) {
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
    plot.addRangeMarker(Charts.line(goal, "target " + Format.count(goal), Palette.LIMIT, Palette.LIMIT_STROKE,
        RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT, 6), Layer.FOREGROUND);
    mark(plot, p.current(), places, "Current timetable", CURRENT);
    mark(plot, p.recommended(), places, "Recommended", RECOMMENDED);
    return Charts.style(new JFreeChart(null, Palette.TITLE, plot, true));
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
    plot.addAnnotation(new Callout(name + ": " + e.candidate().toursPerWeek() + " tours a week, " + Format.count(y)
        + " " + (places ? "places" : "visitors") + " a month", x, y, topLeft ? 0.02 : 0.98, topLeft ? 0.05 : 0.93,
        colour));
  }

  // ------------------------------------------------------------------------------------------------ the week

  /** Expected minutes from the start of a tour to the end of its last ride, without waiting. */
  static double tourMinutes(Scenario s) {
    double total = 0;
    List<String> route = s.route();
    for (int i = 0; i < route.size(); i++) {
      Zone z = s.zones().get(route.get(i));
      total += z.dwell().mean();
      String next = i + 1 < route.size() ? route.get(i + 1) : s.returnTo();
      total += s.travel().minutes(route.get(i), next);
      total += s.shuttles().boardMinutes().mean();
    }
    return total;
  }

  private static Chart weekChart(PlanResult p) {
    Scenario shown = p.scenario() != null ? p.scenario() : p.base();
    double minutes = tourMinutes(shown);
    return new Chart("week.png", p.scenario() != null ? "The recommended week next to the current one"
        : "The current week",
        "The weekly timetable of the file (" + p.base().month().getMonth().getDisplayName(TextStyle.FULL,
            Locale.ENGLISH) + " " + p.base().month().getYear() + ")" + (p.scenario() != null
            ? " and of the recommendation, as they would run every week of the month" : "; nothing is recommended")
            + ". Closed dates and extra tours of the month are not shown.",
        "One row per day of the week; each bar is a tour, from its start time (written on it) for the expected "
            + "length of a tour, " + Format.count(minutes) + " minutes: the mean minutes in every zone of the "
            + "route, the shuttle rides between them and back, and the mean boarding time of each ride. Waiting "
            + "for guides, zones or shuttles comes on top; the full reports show the real days. Tours that "
            + "overlap are drawn in lanes one above the other (start times are then written only when there are "
            + "at most two lanes)."
            + (shown.limits().closeTime() != null ? " The dashed red line is closing time." : ""),
        Charts.WIDTH, 540);
  }

  private static final String[] DAYS = new String[7];

  static {
    for (int i = 0; i < 7; i++) {
      DAYS[i] = DayOfWeek.of(i + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
  }

  static JFreeChart week(PlanResult p) {
    SymbolAxis days = new SymbolAxis(null, DAYS);
    days.setInverted(true);
    days.setGridBandsVisible(false);
    days.setTickLabelFont(Palette.LABEL);
    days.setRange(-1.5, 6.6);
    CombinedRangeXYPlot combined = new CombinedRangeXYPlot(days);
    combined.setGap(24);
    Scenario cur = p.base();
    Scenario rec = p.scenario();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Scenario s : rec == null ? List.of(cur) : List.of(cur, rec)) {
      double len = tourMinutes(s);
      for (List<LocalTime> times : s.schedule().days().values()) {
        for (LocalTime t : times) {
          lo = Math.min(lo, Charts.minute(t));
          hi = Math.max(hi, Charts.minute(t) + len);
        }
      }
      if (s.limits().closeTime() != null) {
        hi = Math.max(hi, Charts.minute(s.limits().closeTime()));
      }
    }
    if (lo > hi) {
      lo = 9 * 60;
      hi = 17 * 60;
    }
    lo = Math.floor((lo - 15) / 60) * 60;
    hi = Math.ceil((hi + 15) / 60) * 60;
    combined.add(weekPanel(cur, "Current timetable: " + p.current().tours() + " tours a month",
        p.current().candidate().pattern(), CURRENT, lo, hi), 1);
    if (rec != null) {
      combined.add(weekPanel(rec, "Recommended: " + p.recommended().tours() + " tours a month",
          p.recommended().candidate().pattern(), RECOMMENDED, lo, hi), 1);
    }
    return Charts.style(new JFreeChart(null, Palette.TITLE, combined, false));
  }

  private static XYPlot weekPanel(Scenario s, String title, String subtitle, Color colour, double lo, double hi) {
    double len = tourMinutes(s);
    XYIntervalSeries bars = new XYIntervalSeries("tours");
    List<XYTextAnnotation> labels = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      List<LocalTime> times = s.schedule().days().getOrDefault(DayOfWeek.of(d + 1), List.of());
      // tours that overlap (a start before the one before has ended) go into lanes within the day's row, so
      // that every tour keeps its full length on the chart
      List<Double> sorted = times.stream().map(Charts::minute).sorted().toList();
      List<Double> laneEnds = new ArrayList<>();
      int[] lane = new int[sorted.size()];
      for (int i = 0; i < sorted.size(); i++) {
        int l = 0;
        while (l < laneEnds.size() && laneEnds.get(l) > sorted.get(i) + 1e-9) {
          l++;
        }
        if (l == laneEnds.size()) {
          laneEnds.add(0.0);
        }
        laneEnds.set(l, sorted.get(i) + len);
        lane[i] = l;
      }
      int lanes = Math.max(1, laneEnds.size());
      double h = 0.64 / lanes;
      for (int i = 0; i < sorted.size(); i++) {
        double from = sorted.get(i);
        double top = d - 0.32 + lane[i] * h;
        bars.add(from + len / 2, from, from + len, top + h / 2, top + (lanes > 1 ? 0.02 : 0), top + h);
        if (lanes <= 2) {
          XYTextAnnotation a = new XYTextAnnotation(Format.clock(from), from + 3, top + h / 2);
          a.setTextAnchor(TextAnchor.CENTER_LEFT);
          a.setFont((lanes == 1 ? Palette.SMALL : Palette.SMALL.deriveFont(11f)).deriveFont(Font.BOLD));
          a.setPaint(Color.WHITE);
          labels.add(a);
        }
      }
      if (times.isEmpty()) {
        XYTextAnnotation a = new XYTextAnnotation("no tours", lo + 8, d);
        a.setTextAnchor(TextAnchor.CENTER_LEFT);
        a.setFont(Palette.SMALL);
        a.setPaint(new Color(0x767676));
        labels.add(a);
      }
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(bars);
    XYBarRenderer r = new XYBarRenderer();
    r.setUseYInterval(true);
    r.setShadowVisible(false);
    r.setBarPainter(new StandardXYBarPainter());
    r.setDrawBarOutline(true);
    r.setSeriesPaint(0, colour);
    r.setSeriesOutlinePaint(0, Color.WHITE);
    r.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
    NumberAxis x = Charts.clockAxis("time of day (bars: " + Format.count(len) + "-minute tours)");
    x.setRange(lo, hi);
    x.setTickUnit(new NumberTickUnit(hi - lo > 10 * 60 ? 120 : 60, new Charts.ClockFormat()));
    XYPlot plot = new XYPlot(data, x, null, r);
    for (XYTextAnnotation a : labels) {
      plot.addAnnotation(a);
    }
    XYTextAnnotation heading = new XYTextAnnotation(title, lo + 4, -1.2);
    heading.setTextAnchor(TextAnchor.CENTER_LEFT);
    heading.setFont(Palette.LABEL.deriveFont(Font.BOLD));
    heading.setPaint(colour);
    plot.addAnnotation(heading);
    XYTextAnnotation what = new XYTextAnnotation(subtitle, lo + 4, -0.75);
    what.setTextAnchor(TextAnchor.CENTER_LEFT);
    what.setFont(Palette.SMALL);
    what.setPaint(Palette.TEXT);
    plot.addAnnotation(what);
    if (s.limits().closeTime() != null) {
      double close = Charts.minute(s.limits().closeTime());
      plot.addDomainMarker(Charts.line(close, "closes " + Format.clock(close), Palette.LIMIT, Palette.LIMIT_STROKE,
          RectangleAnchor.BOTTOM_LEFT, TextAnchor.BOTTOM_RIGHT, 4), Layer.FOREGROUND);
    }
    return plot;
  }

  // ------------------------------------------------------------------------------------------------ heat map

  /** The group size and overbooking the heat map shows: the recommendation's, else the file's, else the first. */
  private static int[] heatGroup(PlanResult p) {
    int g = p.recommended() != null ? p.recommended().candidate().groupSize() : p.base().group().size();
    int o = p.recommended() != null ? p.recommended().candidate().overbook() : p.base().group().overbook();
    boolean found = p.volumes().stream().anyMatch(v -> v.groupSize() == g && v.overbook() == o);
    if (!found && !p.volumes().isEmpty()) {
      return new int[] {p.volumes().get(0).groupSize(), p.volumes().get(0).overbook()};
    }
    return new int[] {g, o};
  }

  private static List<Integer> distinct(List<PlanResult.Volume> vs, boolean weekday) {
    return vs.stream().map(v -> weekday ? v.weekdayTours() : v.weekendTours()).distinct().sorted().toList();
  }

  private static Chart heatChart(PlanResult p) {
    int[] go = heatGroup(p);
    List<PlanResult.Volume> cells = p.volumes().stream().filter(v -> v.groupSize() == go[0]
        && v.overbook() == go[1]).toList();
    List<Evaluation.TargetEstimate> ts = cells.stream().map(PlanResult.Volume::target).filter(t -> t != null)
        .toList();
    String group = go[0] + " places" + (go[1] > 0 ? " (+" + go[1] + " overbooked)" : ", no overbooking");
    Target t = p.base().target();
    String whose = p.recommended() != null ? "the recommendation's" : "the file's own";
    Candidate cur = p.current() == null ? null : p.current().candidate();
    boolean curShown = cur != null && cur.groupSize() == go[0] && cur.overbook() == go[1];
    return new Chart("heatmap.png", "How often each timetable reaches the target",
        "Every timetable of the plan space (" + Format.count(cells.size()) + " combinations of tours per weekday "
            + "and per weekend day) with " + whose + " group: " + group + "; " + monthsEach(ts)
            + ", counted from the check-in draws.",
        "Each cell is a timetable: tours on each weekday down, tours on each weekend day across. The big number is "
            + "the share of months reaching " + Format.count(t.visitorsPerMonth()) + " " + unit(p)
            + ", the small one the mean " + unit(p) + " a month. Dark blue cells reach it in at least the "
            + percent(t.confidence()) + " of months needed; lighter cells fall short; grey cells cannot reach it "
            + "even with every tour full. "
            + (p.recommended() != null ? "The black frame is the recommendation. " : "")
            + (curShown ? "The dashed frame is the current timetable." : cur == null ? ""
            : "The current timetable uses another group (" + cur.groupSize() + " places"
            + (cur.overbook() > 0 ? " +" + cur.overbook() + " overbooked" : "") + "), so it is not framed here.")
            + " Safety is not part of this map: the frontier above shows which timetables were also safe.",
        Charts.WIDTH, HEAT_HEIGHT_BASE + 95 * Math.max(1, distinct(cells, true).size()));
  }

  static JFreeChart heat(PlanResult p) {
    int[] go = heatGroup(p);
    List<PlanResult.Volume> cells = p.volumes().stream().filter(v -> v.groupSize() == go[0]
        && v.overbook() == go[1]).toList();
    List<Integer> rows = distinct(cells, true);
    List<Integer> cols = distinct(cells, false);
    boolean places = p.base().target().unit() == Target.Unit.PLACES;
    double confidence = 100 * p.base().target().confidence();
    double[][] xyz = new double[3][cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      PlanResult.Volume v = cells.get(i);
      xyz[0][i] = cols.indexOf(v.weekendTours());
      xyz[1][i] = rows.indexOf(v.weekdayTours());
      xyz[2][i] = v.target() == null ? -1 : 100 * v.target().probability();
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("P(target)", xyz);
    ChanceScale scale = new ChanceScale(confidence);
    XYBlockRenderer r = new XYBlockRenderer();
    r.setPaintScale(scale);
    r.setBlockWidth(0.97);
    r.setBlockHeight(0.94);
    String[] colNames = cols.stream().map(String::valueOf).toArray(String[]::new);
    String[] rowNames = rows.stream().map(String::valueOf).toArray(String[]::new);
    SymbolAxis x = new SymbolAxis("tours on each weekend day (Sat and Sun)", colNames);
    SymbolAxis y = new SymbolAxis("tours on each weekday", rowNames);
    for (SymbolAxis a : List.of(x, y)) {
      a.setGridBandsVisible(false);
      a.setTickLabelFont(Palette.LABEL.deriveFont(Font.BOLD));
      a.setAxisLineVisible(false);
      a.setTickMarksVisible(false);
    }
    y.setInverted(true);
    x.setRange(-0.5, cols.size() - 0.5);
    y.setRange(-0.5, rows.size() - 0.5);
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    for (int i = 0; i < cells.size(); i++) {
      PlanResult.Volume v = cells.get(i);
      double cx = xyz[0][i];
      double cy = xyz[1][i];
      double z = xyz[2][i];
      boolean dark = z >= confidence || z > 45;
      if (v.target() == null) {
        XYTextAnnotation a = new XYTextAnnotation("cannot reach", cx, cy);
        a.setFont(Palette.SMALL);
        a.setPaint(new Color(0x767676));
        plot.addAnnotation(a);
        continue;
      }
      XYTextAnnotation big = new XYTextAnnotation(pct(Math.floor(z * 10) / 10), cx, cy - 0.12);
      big.setFont(Palette.LABEL.deriveFont(Font.BOLD, 19f));
      big.setPaint(dark ? Color.WHITE : Palette.TEXT);
      plot.addAnnotation(big);
      double mean = places ? v.target().placesMean() : v.target().visitorsMean();
      XYTextAnnotation small = new XYTextAnnotation(Format.count(mean) + (places ? " places" : " visitors"), cx,
          cy + 0.22);
      small.setFont(Palette.SMALL);
      small.setPaint(dark ? Color.WHITE : Palette.TEXT);
      plot.addAnnotation(small);
    }
    Candidate rec = p.recommended() == null ? null : p.recommended().candidate();
    if (rec != null && rows.contains(rec.weekdayTours()) && cols.contains(rec.weekendTours())) {
      frame(plot, cols.indexOf(rec.weekendTours()), rows.indexOf(rec.weekdayTours()), new BasicStroke(5f),
          Color.BLACK);
    }
    Candidate cur = p.current() == null ? null : p.current().candidate();
    if (cur != null && cur.groupSize() == go[0] && cur.overbook() == go[1] && rows.contains(cur.weekdayTours())
        && cols.contains(cur.weekendTours())) {
      frame(plot, cols.indexOf(cur.weekendTours()), rows.indexOf(cur.weekdayTours()), new BasicStroke(4f,
          BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {9f, 6f}, 0f), Color.BLACK);
    }
    JFreeChart chart = new JFreeChart(null, Palette.TITLE, plot, false);
    NumberAxis legendAxis = new NumberAxis("months reaching the target (%); needed: " + pct(confidence));
    legendAxis.setRange(0, 100);
    legendAxis.setTickUnit(new NumberTickUnit(10));
    legendAxis.setLabelFont(Palette.SMALL);
    legendAxis.setTickLabelFont(Palette.SMALL);
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setMargin(new RectangleInsets(10, 120, 4, 120));
    legend.setStripWidth(14);
    legend.setAxisOffset(4);
    legend.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(legend);
    return Charts.style(chart);
  }

  private static void frame(XYPlot plot, double cx, double cy, java.awt.Stroke stroke, Color colour) {
    plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(cx - 0.485, cy - 0.47, 0.97, 0.94), stroke,
        colour));
  }

  /**
   * Share of months reaching the target: light to mid blue below the confidence needed, dark blue at or above it
   * (the jump shows the line between "falls short" and "meets it"); grey (below 0) when it cannot be reached.
   */
  static final class ChanceScale implements PaintScale {
    private static final Color MID = new Color(0x6BAED6);
    private final double confidence;

    ChanceScale(double confidence) {
      this.confidence = confidence;
    }

    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return 100;
    }

    @Override
    public Paint getPaint(double v) {
      if (v < 0) {
        return Palette.NONE;
      }
      if (v >= confidence) {
        return Palette.SCALE_HIGH;
      }
      double f = Math.max(0, Math.min(1, v / Math.max(1e-9, confidence)));
      Color a = Palette.SCALE_LOW;
      Color b = MID;
      return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
          (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
          (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
  }

  // ------------------------------------------------------------------------------------------------ marks

  private static void ring(XYPlot plot, double x, double y, Color colour, double pixels) {
    // XYShapeAnnotation works in data units (a circle would become an ellipse): this one is sized in pixels
    plot.addAnnotation(new RingAnnotation(x, y, pixels, colour));
  }

  /**
   * A label at a fixed place of the plot (fractions of the data area: 0.02 is the left, 0.98 the right edge, and
   * the text grows inwards from there) with a line to a data point. Fixed places that the data cannot reach keep
   * labels off the points, whatever the scenario.
   */
  static final class Callout extends org.jfree.chart.annotations.AbstractXYAnnotation {
    private final String text;
    private final double x;
    private final double y;
    private final double fx;
    private final double fy;
    private final Color colour;

    Callout(String text, double x, double y, double fx, double fy, Color colour) {
      this.text = text;
      this.x = x;
      this.y = y;
      this.fx = fx;
      this.fy = fy;
      this.colour = colour;
    }

    @Override
    public void draw(java.awt.Graphics2D g2, XYPlot plot, Rectangle2D area,
                     org.jfree.chart.axis.ValueAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis,
                     int rendererIndex, org.jfree.chart.plot.PlotRenderingInfo info) {
      double px = domainAxis.valueToJava2D(x, area, plot.getDomainAxisEdge());
      double py = rangeAxis.valueToJava2D(y, area, plot.getRangeAxisEdge());
      double tx = area.getX() + fx * area.getWidth();
      double ty = area.getY() + fy * area.getHeight();
      TextAnchor anchor = fx > 0.5 ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
      g2.setFont(Palette.TICK.deriveFont(Font.BOLD));
      Rectangle2D box = org.jfree.chart.text.TextUtils.calcAlignedStringBounds(text, g2, (float) tx, (float) ty,
          anchor).getBounds2D();
      box = new Rectangle2D.Double(box.getX() - 4, box.getY() - 2, box.getWidth() + 8, box.getHeight() + 4);
      double sx = Math.max(box.getMinX(), Math.min(box.getMaxX(), px));
      double sy = Math.max(box.getMinY(), Math.min(box.getMaxY(), py));
      double dx = px - sx;
      double dy = py - sy;
      double d = Math.hypot(dx, dy);
      java.awt.Stroke saved = g2.getStroke();
      if (d > 14) {
        double ex = px - dx / d * 12;
        double ey = py - dy / d * 12;
        g2.setStroke(new BasicStroke(1.5f));
        g2.setPaint(colour);
        g2.draw(new java.awt.geom.Line2D.Double(sx, sy, ex, ey));
      }
      g2.setPaint(Charts.LABEL_BACKGROUND);
      g2.fill(box);
      g2.setStroke(new BasicStroke(1f));
      g2.setPaint(colour);
      g2.draw(box);
      org.jfree.chart.text.TextUtils.drawAlignedString(text, g2, (float) tx, (float) ty, anchor);
      g2.setStroke(saved);
    }
  }

  /** A ring a fixed number of pixels across around a data point. */
  static final class RingAnnotation extends org.jfree.chart.annotations.AbstractXYAnnotation {
    private final double x;
    private final double y;
    private final double pixels;
    private final Color colour;

    RingAnnotation(double x, double y, double pixels, Color colour) {
      this.x = x;
      this.y = y;
      this.pixels = pixels;
      this.colour = colour;
    }

    @Override
    public void draw(java.awt.Graphics2D g2, XYPlot plot, Rectangle2D area,
                     org.jfree.chart.axis.ValueAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis,
                     int rendererIndex, org.jfree.chart.plot.PlotRenderingInfo info) {
      double px = domainAxis.valueToJava2D(x, area, plot.getDomainAxisEdge());
      double py = rangeAxis.valueToJava2D(y, area, plot.getRangeAxisEdge());
      if (plot.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL) {
        double t = px;
        px = py;
        py = t;
      }
      java.awt.Stroke saved = g2.getStroke();
      g2.setStroke(new BasicStroke(3f));
      g2.setPaint(colour);
      g2.draw(new Ellipse2D.Double(px - pixels / 2, py - pixels / 2, pixels, pixels));
      g2.setStroke(saved);
    }
  }

  /** A right-pointing arrow head at the right edge: "further right, off the scale". */
  private static Shape arrowRight(double x, double y, double right) {
    double w = right * 0.012;
    Path2D.Double s = new Path2D.Double();
    s.moveTo(x, y);
    s.lineTo(x - w, y + 3.5);
    s.lineTo(x - w, y - 3.5);
    s.closePath();
    return s;
  }

  // ------------------------------------------------------------------------------------------------ shapes

  private static Color translucent(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  private static Shape circle(double d) {
    return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
  }

  private static Shape square(double d) {
    return new Rectangle2D.Double(-d / 2, -d / 2, d, d);
  }

  private static Shape triangle(double d) {
    Path2D.Double s = new Path2D.Double();
    s.moveTo(0, d / 2);
    s.lineTo(d / 2, -d / 2);
    s.lineTo(-d / 2, -d / 2);
    s.closePath();
    return s;
  }

  private static Shape diamond(double d) {
    Path2D.Double s = new Path2D.Double();
    s.moveTo(0, -d / 2);
    s.lineTo(d / 2, 0);
    s.lineTo(0, d / 2);
    s.lineTo(-d / 2, 0);
    s.closePath();
    return s;
  }

  private static Shape cross(double d) {
    double h = d / 2;
    double t = d / 6;
    Path2D.Double s = new Path2D.Double();
    s.moveTo(-h, -h + t);
    s.lineTo(-h + t, -h);
    s.lineTo(0, -t);
    s.lineTo(h - t, -h);
    s.lineTo(h, -h + t);
    s.lineTo(t, 0);
    s.lineTo(h, h - t);
    s.lineTo(h - t, h);
    s.lineTo(0, t);
    s.lineTo(-h + t, h);
    s.lineTo(-h, h - t);
    s.lineTo(-t, 0);
    s.closePath();
    return s;
  }
}
