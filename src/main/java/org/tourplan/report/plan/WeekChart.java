package org.tourplan.report.plan;

import static org.tourplan.report.plan.PlanCharts.CURRENT;
import static org.tourplan.report.plan.PlanCharts.RECOMMENDED;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.tourplan.plan.PlanResult;
import org.tourplan.report.plan.PlanCharts.Chart;
import org.tourplan.text.Numbers;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Zone;
import org.tourplan.report.ChartStyle;
import org.tourplan.report.Palette;

/**
 * The plan page's chart of the weekly timetable: the file's week and, when there is one, the recommended week
 * beside it, each tour a bar of the expected tour length.
 */
final class WeekChart {

  private WeekChart() {
  }

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

  /** The chart as the page shows it. */
  static Chart describe(PlanResult p) {
    Scenario shown = p.scenario() != null ? p.scenario() : p.base();
    double minutes = tourMinutes(shown);
    return new Chart("week.png", p.scenario() != null ? "The recommended week next to the current one"
        : "The current week",
        "The weekly timetable of the file (" + p.base().month().getMonth().getDisplayName(TextStyle.FULL,
            Locale.ENGLISH) + " " + p.base().month().getYear() + ")" + (p.scenario() != null
            ? " and of the recommendation, as they would run every week of the month" : "; nothing is recommended")
            + ". Closed dates and extra tours of the month are not shown.",
        "One row per day of the week; each bar is a tour, from its start time (written on it) for the expected "
            + "length of a tour, " + Numbers.count(minutes) + " minutes: the mean minutes in every zone of the "
            + "route, the shuttle rides between them and back, and the mean boarding time of each ride. Waiting "
            + "for guides, zones or shuttles comes on top; the full reports show the real days. Tours that "
            + "overlap are drawn in lanes one above the other (start times are then written only when there are "
            + "at most two lanes)."
            + (shown.limits().closeTime() != null ? " The dashed red line is closing time." : ""),
        ChartStyle.WIDTH, 540);
  }

  private static final String[] DAYS = new String[7];

  static {
    for (int i = 0; i < 7; i++) {
      DAYS[i] = DayOfWeek.of(i + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
  }

  /** The chart itself. */
  static JFreeChart chart(PlanResult p) {
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
          lo = Math.min(lo, ChartStyle.minute(t));
          hi = Math.max(hi, ChartStyle.minute(t) + len);
        }
      }
      if (s.limits().closeTime() != null) {
        hi = Math.max(hi, ChartStyle.minute(s.limits().closeTime()));
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
    return ChartStyle.style(new JFreeChart(null, Palette.TITLE, combined, false));
  }

  private static XYPlot weekPanel(Scenario s, String title, String subtitle, Color colour, double lo, double hi) {
    double len = tourMinutes(s);
    XYIntervalSeries bars = new XYIntervalSeries("tours");
    List<XYTextAnnotation> labels = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      List<LocalTime> times = s.schedule().days().getOrDefault(DayOfWeek.of(d + 1), List.of());
      // tours that overlap (a start before the one before has ended) go into lanes within the day's row, so
      // that every tour keeps its full length on the chart
      List<Double> sorted = times.stream().map(ChartStyle::minute).sorted().toList();
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
          XYTextAnnotation a = new XYTextAnnotation(Numbers.clock(from), from + 3, top + h / 2);
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
    NumberAxis x = ChartStyle.clockAxis("time of day (bars: " + Numbers.count(len) + "-minute tours)");
    x.setRange(lo, hi);
    x.setTickUnit(new NumberTickUnit(hi - lo > 10 * 60 ? 120 : 60, new ChartStyle.ClockFormat()));
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
      double close = ChartStyle.minute(s.limits().closeTime());
      plot.addDomainMarker(ChartStyle.line(close, "closes " + Numbers.clock(close), Palette.LIMIT, Palette.LIMIT_STROKE,
          RectangleAnchor.BOTTOM_LEFT, TextAnchor.BOTTOM_RIGHT, 4), Layer.FOREGROUND);
    }
    return plot;
  }
}
