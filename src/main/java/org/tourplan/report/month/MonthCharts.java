package org.tourplan.report.month;

import static org.tourplan.report.ChartStyle.line;
import static org.tourplan.report.ChartStyle.style;
import static org.tourplan.report.ChartStyle.subtitle;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.tourplan.text.Numbers;
import org.tourplan.report.Palette;

/**
 * The report's charts of the simulated month as a whole: visitors a month over the replications (against the
 * target) and the representative month as a calendar of visitors per day.
 */
final class MonthCharts {
  private MonthCharts() {
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
      p.addDomainMarker(line(target, "target " + Numbers.count(target), Palette.LIMIT, Palette.LIMIT_STROKE,
          RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT, 6), Layer.FOREGROUND);
    }
    double pad = Math.max(1, (right - left) * 0.08);
    x.setRange(left - pad, right + pad);
    y.setUpperMargin(0.15);
    JFreeChart chart = new JFreeChart(null, Palette.TITLE, p, false);
    if (target != null) {
      chart.addSubtitle(subtitle(Numbers.count(reached) + " of " + Numbers.count(values.length)
          + " simulated months reach the target of " + Numbers.count(target) + "."));
    }
    return style(chart);
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
      XYTextAnnotation value = new XYTextAnnotation(v == 0 ? "no tours" : Numbers.count(v), cx, cy + 0.08);
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
}
