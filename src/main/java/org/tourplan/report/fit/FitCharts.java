package org.tourplan.report.fit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import org.apache.commons.math3.distribution.RealDistribution;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tourplan.fit.CheckinFit;
import org.tourplan.fit.DurationFit;
import org.tourplan.fit.Family;
import org.tourplan.report.ChartStyle;
import org.tourplan.report.Palette;

/** The fit page's charts: a duration's histogram with the fitted densities and its Q-Q plot; tour sizes. */
final class FitCharts {
  /** Height of a duration chart. */
  static final int HEIGHT = 380;
  private static final Paint[] FAMILY = {new Color(0x444444), new Color(0x009E73), new Color(0xD55E00),
      new Color(0x0072B2), new Color(0xCC79A7), new Color(0xE69F00)};

  private FitCharts() {
  }

  /** The colour of a family's line, the same in every chart. */
  static Paint colour(Family f) {
    return FAMILY[f.ordinal()];
  }

  /** The sample's histogram (density scale) with each candidate's density; the chosen one drawn thick. */
  static JFreeChart histogram(DurationFit d, String what) {
    double lo = d.min();
    double hi = d.max();
    double span = Math.max(hi - lo, d.resolution());
    int bins = (int) Math.max(8, Math.min(60, Math.round(2 * Math.cbrt(d.n())))); // Terrell-Scott
    if (d.resolution() >= 1 && span / bins < 1) {
      bins = (int) Math.max(1, Math.round(span)); // whole minutes: one bar a minute
    }
    HistogramDataset h = new HistogramDataset();
    h.setType(HistogramType.SCALE_AREA_TO_1);
    h.addSeries(FitPageText.RECORDS, d.data(), bins, lo - (d.resolution() >= 1 ? 0.5 : 0),
        hi + (d.resolution() >= 1 ? 0.5 : 0));
    XYBarRenderer bars = new XYBarRenderer(0.05);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, new Color(0xB8D4EA));
    NumberAxis x = new NumberAxis(what + " (minutes)");
    NumberAxis y = new NumberAxis(FitPageText.DENSITY);
    XYPlot p = new XYPlot(h, x, y, bars);
    XYSeriesCollection lines = new XYSeriesCollection();
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    double left = Math.max(0, lo - 0.15 * span);
    double right = hi + 0.15 * span;
    int s = 0;
    for (DurationFit.Candidate c : d.candidates()) {
      RealDistribution dist = c.fit().distribution(null);
      if (dist == null) {
        continue;
      }
      XYSeries line = new XYSeries(c.fit().family().word() + (c == d.chosen() ? " (written)" : ""));
      for (int i = 0; i <= 300; i++) {
        double v = left + (right - left) * i / 300;
        double f = dist.density(v);
        line.add(v, Double.isFinite(f) ? Math.min(f, 1e6) : 0);
      }
      lines.addSeries(line);
      r.setSeriesPaint(s, colour(c.fit().family()));
      r.setSeriesStroke(s, c == d.chosen() ? new BasicStroke(3.5f) : new BasicStroke(1.6f, BasicStroke.CAP_BUTT,
          BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      s++;
    }
    p.setDataset(1, lines);
    p.setRenderer(1, r);
    x.setRange(left, right);
    y.setAutoRangeIncludesZero(true);
    JFreeChart chart = new JFreeChart(null, null, p, true);
    return ChartStyle.style(chart);
  }

  /**
   * The Q-Q plot of the written family: each recorded value against the fitted quantile at its plotting position
   * (i - 0.5) / n; on the diagonal when the fit is right. At most 600 points (evenly spaced order statistics).
   */
  static JFreeChart qq(DurationFit d) {
    RealDistribution dist = d.chosen().fit().distribution(null);
    XYSeries pts = new XYSeries(FitPageText.RECORDS);
    int n = d.n();
    int step = Math.max(1, n / 600);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i += step) {
      double q = dist.inverseCumulativeProbability((i + 0.5) / n);
      pts.add(q, d.data()[i]);
      lo = Math.min(lo, Math.min(q, d.data()[i]));
      hi = Math.max(hi, Math.max(q, d.data()[i]));
    }
    XYSeries diag = new XYSeries(FitPageText.DIAGONAL);
    diag.add(lo, lo);
    diag.add(hi, hi);
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(pts);
    data.addSeries(diag);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
    r.setSeriesLinesVisible(0, false);
    r.setSeriesShapesVisible(0, true);
    r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
    r.setSeriesPaint(0, Palette.PRIMARY);
    r.setSeriesLinesVisible(1, true);
    r.setSeriesShapesVisible(1, false);
    r.setSeriesPaint(1, Palette.REFERENCE);
    r.setSeriesStroke(1, Palette.REFERENCE_STROKE);
    NumberAxis x = new NumberAxis(FitPageText.qqAxis(d.chosen().fit().family().word()));
    NumberAxis y = new NumberAxis(FitPageText.RECORDED);
    x.setAutoRangeIncludesZero(false);
    y.setAutoRangeIncludesZero(false);
    XYPlot p = new XYPlot(data, x, y, r);
    return ChartStyle.style(new JFreeChart(null, null, p, true));
  }

  /** Tours by the persons who showed, with group.maxSize marked. */
  static JFreeChart tourSizes(CheckinFit c) {
    XYSeries s = new XYSeries(FitPageText.TOURS);
    int[] per = c.personsPerTour();
    for (int k = 1; k < per.length; k++) {
      s.add(k, per[k]);
    }
    XYSeriesCollection data = new XYSeriesCollection(s);
    data.setIntervalWidth(0.8);
    XYBarRenderer bars = new XYBarRenderer(0.05);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, Palette.PRIMARY);
    NumberAxis x = new NumberAxis(FitPageText.PERSONS_SHOWED);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    NumberAxis y = new NumberAxis(FitPageText.TOURS);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot p = new XYPlot(data, x, y, bars);
    p.addDomainMarker(ChartStyle.line(c.maxSize() + 0.5, FitPageText.maxSize(c.maxSize()), Palette.LIMIT,
        Palette.LIMIT_STROKE, RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT, 6));
    x.setRange(0.5, Math.max(c.maxSize(), per.length - 1) + 1.5);
    return ChartStyle.style(new JFreeChart(null, null, p, false));
  }
}
