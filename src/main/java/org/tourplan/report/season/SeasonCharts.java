package org.tourplan.report.season;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.tourplan.run.LotteryResult;
import org.tourplan.run.Results;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.Summary;
import org.tourplan.text.Numbers;
import org.tourplan.scenario.Target;
import org.tourplan.report.ChartStyle;
import org.tourplan.report.Palette;

/** The season report's charts: visitors per month, pool and odds, draws to win, cohorts' wins, safety per month. */
final class SeasonCharts {
  private SeasonCharts() {
  }

  private static String[] monthLabels(SeasonResults s) {
    return s.months().stream().map(m -> m.month().month().getMonth().getDisplayName(java.time.format.TextStyle
        .SHORT, java.util.Locale.ENGLISH) + " " + (m.month().month().getYear() % 100)).toArray(String[]::new);
  }

  private static SymbolAxis monthAxis(SeasonResults s) {
    SymbolAxis x = new SymbolAxis(null, monthLabels(s));
    x.setGridBandsVisible(false);
    return x;
  }

  /** The 90% band as drawn: its fill at the renderer's alpha (0.45) over white. */
  static final Color BAND = blend(new Color(0x9E, 0xCA, 0xE1), 0.45f);
  /** The 95% CI band as drawn. */
  static final Color MEAN_BAND = blend(Palette.PRIMARY, 0.45f);

  private static Color blend(Color c, float alpha) {
    return new Color(Math.round(255 - alpha * (255 - c.getRed())), Math.round(255 - alpha * (255 - c.getGreen())),
        Math.round(255 - alpha * (255 - c.getBlue())));
  }

  /** Mean visitors per month with the 95% CI band, the band holding 90% of months, and the target line. */
  static JFreeChart visitors(SeasonResults s, Target target) {
    YIntervalSeries range = new YIntervalSeries("90% of simulated months");
    YIntervalSeries mean = new YIntervalSeries("mean visitors (95% CI band)");
    double top = 0;
    for (int i = 0; i < s.months().size(); i++) {
      Summary v = s.months().get(i).results().metric("visitorsPerMonth").summary();
      range.add(i, v.mean(), v.p05(), v.p95());
      mean.add(i, v.mean(), Double.isNaN(v.ciLow()) ? v.mean() : v.ciLow(),
          Double.isNaN(v.ciHigh()) ? v.mean() : v.ciHigh());
      top = Math.max(top, v.p95());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(range);
    data.addSeries(mean);
    DeviationRenderer r = ChartStyle.meanWithBands();
    NumberAxis y = new NumberAxis("visitors a month");
    XYPlot plot = new XYPlot(data, monthAxis(s), y, r);
    boolean differ = s.months().stream().map(m -> m.results().target() == null ? -1 : m.results().target().goal())
        .distinct().count() > 1;
    if (differ) { // phases with targets of their own: each month's as a step
      XYSeries goal = new XYSeries("each month's target");
      for (int i = 0; i < s.months().size(); i++) {
        Results.TargetResult t = s.months().get(i).results().target();
        double g = t == null ? Double.NaN : t.goal();
        goal.add(i - 0.5, g);
        if (i == s.months().size() - 1) {
          goal.add(i + 0.5, g);
        }
        top = Math.max(top, Double.isNaN(g) ? 0 : g);
      }
      org.jfree.chart.renderer.xy.XYStepRenderer tr = new org.jfree.chart.renderer.xy.XYStepRenderer();
      tr.setSeriesPaint(0, Palette.LIMIT);
      tr.setSeriesStroke(0, Palette.LIMIT_STROKE);
      plot.setDataset(1, new XYSeriesCollection(goal));
      plot.setRenderer(1, tr);
    } else if (target != null) {
      plot.addRangeMarker(ChartStyle.line(target.visitorsPerMonth(), "target " + Numbers.count(
          target.visitorsPerMonth()), Palette.LIMIT, Palette.LIMIT_STROKE, RectangleAnchor.TOP_LEFT,
          TextAnchor.BOTTOM_LEFT, 6));
      top = Math.max(top, target.visitorsPerMonth());
    }
    y.setRange(0, top * 1.12 + 1);
    // the band's series has a transparent line, so its own legend item would show no swatch: draw both by hand
    org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
    legend.add(new org.jfree.chart.LegendItem(range.getKey().toString(), null, null, null,
        new java.awt.geom.Rectangle2D.Double(-7, -7, 14, 14), BAND));
    legend.add(new org.jfree.chart.LegendItem(mean.getKey().toString(), null, null, null,
        new java.awt.geom.Rectangle2D.Double(-7, -7, 14, 14), MEAN_BAND));
    plot.setFixedLegendItems(legend);
    return ChartStyle.style(new JFreeChart(null, Palette.TITLE, plot, true));
  }

  /** Pool per month (bars) over the odds per month (line). */
  static JFreeChart poolAndOdds(SeasonResults s) {
    LotteryResult l = s.lottery();
    XYSeries pool = new XYSeries("applicants in the draw (pool)");
    XYSeries fresh = new XYSeries("of whom new this month");
    XYSeries odds = new XYSeries("chance to win that month");
    for (int i = 0; i < l.months().size(); i++) {
      LotteryResult.Month m = l.months().get(i);
      pool.add(i, m.pool().mean());
      fresh.add(i, m.newApplicants());
      odds.add(i, 100 * m.winProbability().mean());
    }
    XYSeriesCollection bars = new XYSeriesCollection();
    bars.addSeries(pool);
    bars.addSeries(fresh);
    bars.setIntervalWidth(0.7);
    XYBarRenderer br = new XYBarRenderer();
    br.setBarPainter(new StandardXYBarPainter());
    br.setShadowVisible(false);
    br.setSeriesPaint(0, Palette.PRIMARY);
    br.setSeriesPaint(1, new Color(0x9E, 0xCA, 0xE1));
    NumberAxis poolAxis = new NumberAxis("applicants");
    XYPlot top = new XYPlot(bars, null, poolAxis, br);
    top.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // the new applicants' bars over the pool's
    XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, true);
    lr.setSeriesPaint(0, Palette.WAIT);
    lr.setSeriesStroke(0, Palette.LINE);
    NumberAxis oddsAxis = new NumberAxis("chance to win (%)");
    oddsAxis.setNumberFormatOverride(new DecimalFormat("0.#"));
    XYPlot bottom = new XYPlot(new XYSeriesCollection(odds), null, oddsAxis, lr);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(monthAxis(s));
    plot.setGap(14);
    plot.add(top, 3);
    plot.add(bottom, 2);
    return ChartStyle.style(new JFreeChart(null, Palette.TITLE, plot, true));
  }

  /** Share of the season's winners who won at their 1st, 2nd, ... draw. */
  static JFreeChart drawsToWin(SeasonResults s) {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    double[] shares = s.lottery().drawsToWin();
    int last = 0;
    for (int k = 0; k < shares.length; k++) {
      if (!Double.isNaN(shares[k]) && shares[k] > 0) {
        last = k;
      }
    }
    for (int k = 0; k <= last; k++) {
      d.addValue(Double.isNaN(shares[k]) ? 0 : 100 * shares[k], "winners", Integer.toString(k + 1));
    }
    return bars(d, "draws entered, the winning one included", "share of winners (%)", Palette.PRIMARY, false);
  }

  /** Share of each month's new applicants who win a place within the season. */
  static JFreeChart cohorts(SeasonResults s) {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    String[] labels = monthLabels(s);
    for (int i = 0; i < s.lottery().months().size(); i++) {
      double share = s.lottery().months().get(i).cohortWinShare().mean();
      d.addValue(Double.isNaN(share) ? 0 : 100 * share, "new applicants", labels[i]);
    }
    return bars(d, "month of first application", "win within the season (%)", Palette.PRIMARY, true);
  }

  /** Per month, the share of simulated months breaching each limit that was ever breached (or none). */
  static JFreeChart safety(SeasonResults s, List<String> limits) {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    String[] labels = monthLabels(s);
    for (int i = 0; i < s.months().size(); i++) {
      Results r = s.months().get(i).results();
      for (String name : limits) {
        double p = 0;
        for (Results.BreachResult b : r.breaches()) {
          if (b.rule().name().equals(name)) {
            p = b.probability();
          }
        }
        d.addValue(100 * p, name, labels[i]);
      }
    }
    JFreeChart c = bars(d, null, "simulated months breaching (%)", Palette.LIMIT, true);
    CategoryPlot p = c.getCategoryPlot();
    ((NumberAxis) p.getRangeAxis()).setRange(0, 100);
    return c; // bars() gives a legend only to more than one limit: one limit is named by the caption

  }

  private static JFreeChart bars(DefaultCategoryDataset d, String xLabel, String yLabel, Color color,
                                 boolean slanted) {
    CategoryAxis x = new CategoryAxis(xLabel);
    if (slanted && d.getColumnCount() > 12) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    NumberAxis y = new NumberAxis(yLabel);
    y.setNumberFormatOverride(new DecimalFormat("0.#"));
    BarRenderer r = new BarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setItemMargin(0.05);
    r.setSeriesPaint(0, color);
    r.setSeriesPaint(1, Palette.WAIT);
    r.setSeriesPaint(2, Palette.REFERENCE);
    r.setDefaultOutlineStroke(new BasicStroke(0));
    CategoryPlot plot = new CategoryPlot(d, x, y, r);
    JFreeChart chart = ChartStyle.style(new JFreeChart(null, Palette.TITLE, plot, d.getRowCount() > 1));
    // the shared style suits horizontal bars; these stand upright: labels as wide as they need, values on the left
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(3f);
    plot.getDomainAxis().setTickLabelFont(Palette.TICK);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    return chart;
  }
}
