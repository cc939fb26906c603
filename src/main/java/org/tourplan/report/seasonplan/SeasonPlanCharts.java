package org.tourplan.report.seasonplan;

import org.tourplan.report.Palette;
import org.tourplan.report.ChartStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.tourplan.plan.SeasonPlan;
import org.tourplan.run.LotteryResult;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.Summary;

/**
 * The season plan's charts, in the house style: the cost of each month against the file's own season, visitors
 * against each month's target, and the lottery's odds and wait; every chart marks where a phase begins.
 */
final class SeasonPlanCharts {
  private static final Color FILE = new Color(0xB0, 0xB0, 0xB0);

  private SeasonPlanCharts() {
  }

  /** Every month of the season, in order, with the plan's figures. */
  private static List<SeasonPlan.MonthPlan> months(SeasonPlan p) {
    List<SeasonPlan.MonthPlan> out = new ArrayList<>();
    p.units().forEach(u -> out.addAll(u.months()));
    out.sort((a, b) -> a.month().compareTo(b.month()));
    return out;
  }

  private static SymbolAxis monthAxis(List<YearMonth> months) {
    SymbolAxis x = new SymbolAxis(null, months.stream().map(m -> m.getMonth().getDisplayName(TextStyle.SHORT,
        Locale.ENGLISH) + " " + (m.getYear() % 100)).toArray(String[]::new));
    x.setGridBandsVisible(false);
    return x;
  }

  /** A dotted line where each unit after the first begins, labelled with it. */
  private static void phases(XYPlot plot, SeasonPlan p, List<YearMonth> months, boolean labels) {
    for (SeasonPlan.UnitPlan u : p.units()) {
      int at = months.indexOf(u.months().get(0).month());
      if (at <= 0) {
        continue;
      }
      ValueMarker m = new ValueMarker(at - 0.5, Palette.REFERENCE, Palette.REFERENCE_STROKE);
      if (labels) {
        m.setLabel(u.label());
        m.setLabelFont(Palette.SMALL);
        m.setLabelPaint(Palette.REFERENCE);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      }
      plot.addDomainMarker(m);
    }
  }

  /** The cost of each month: the file's own season beside the recommended one. */
  static JFreeChart cost(SeasonPlan p) {
    List<SeasonPlan.MonthPlan> ms = months(p);
    XYSeries file = new XYSeries("the file's own season");
    XYSeries rec = new XYSeries("recommended season");
    for (int i = 0; i < ms.size(); i++) {
      file.add(i, ms.get(i).currentCost());
      rec.add(i, ms.get(i).cost());
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(file);
    data.addSeries(rec);
    data.setIntervalWidth(0.8);
    ClusteredXYBarRenderer r = new ClusteredXYBarRenderer();
    r.setBarPainter(new StandardXYBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, FILE);
    r.setSeriesPaint(1, Palette.PRIMARY);
    NumberAxis y = new NumberAxis("cost a month (" + p.base().plan().costs().currency() + ")");
    y.setNumberFormatOverride(new DecimalFormat("#,##0"));
    y.setRange(0, Math.max(file.getMaxY(), rec.getMaxY()) * 1.15); // room for the phases' labels
    XYPlot plot = new XYPlot(data, monthAxis(ms.stream().map(SeasonPlan.MonthPlan::month).toList()), y, r);
    phases(plot, p, ms.stream().map(SeasonPlan.MonthPlan::month).toList(), true);
    return ChartStyle.style(new JFreeChart(null, Palette.TITLE, plot, true));
  }

  /**
   * Visitors of each month of the recommended season (mean with its 95% interval; the band holding 90% of months),
   * the file's own season's mean, and each month's target.
   */
  static JFreeChart visitors(SeasonPlan p, SeasonResults chosen, SeasonResults current) {
    List<YearMonth> months = chosen.months().stream().map(m -> m.month().month()).toList();
    YIntervalSeries range = new YIntervalSeries("90% of simulated months");
    YIntervalSeries mean = new YIntervalSeries("recommended season: mean visitors (95% CI band)");
    XYSeries file = new XYSeries("the file's own season: mean visitors");
    XYSeries target = new XYSeries("each month's target");
    double top = 0;
    for (int i = 0; i < months.size(); i++) {
      Summary v = chosen.months().get(i).results().metric("visitorsPerMonth").summary();
      range.add(i, v.mean(), v.p05(), v.p95());
      mean.add(i, v.mean(), Double.isNaN(v.ciLow()) ? v.mean() : v.ciLow(),
          Double.isNaN(v.ciHigh()) ? v.mean() : v.ciHigh());
      file.add(i, current.months().get(i).results().metric("visitorsPerMonth").summary().mean());
      double goal = chosen.months().get(i).results().target().goal();
      target.add(i - 0.5, goal);
      if (i == months.size() - 1) {
        target.add(i + 0.5, goal);
      }
      top = Math.max(top, Math.max(v.p95(), goal));
    }
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    bands.addSeries(range);
    bands.addSeries(mean);
    DeviationRenderer r = ChartStyle.meanWithBands();
    NumberAxis y = new NumberAxis("visitors a month");
    XYPlot plot = new XYPlot(bands, monthAxis(months), y, r);
    XYLineAndShapeRenderer fr = new XYLineAndShapeRenderer(true, true);
    fr.setSeriesPaint(0, FILE.darker());
    fr.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f));
    plot.setDataset(1, new XYSeriesCollection(file));
    plot.setRenderer(1, fr);
    XYStepRenderer tr = new XYStepRenderer();
    tr.setSeriesPaint(0, Palette.LIMIT);
    tr.setSeriesStroke(0, Palette.LIMIT_STROKE);
    plot.setDataset(2, new XYSeriesCollection(target));
    plot.setRenderer(2, tr);
    phases(plot, p, months, true);
    y.setRange(0, top * 1.12 + 1);
    return ChartStyle.style(new JFreeChart(null, Palette.TITLE, plot, true));
  }

  /**
   * Top: each month's chance that an entry wins, both seasons. Bottom: the share of each month's new applicants
   * who win within the waiting goal's draws (with the goal's line), or within the season when there is no goal.
   */
  static JFreeChart odds(SeasonPlan p, SeasonResults chosen, SeasonResults current) {
    LotteryResult l = chosen.lottery();
    LotteryResult f = current.lottery();
    List<YearMonth> months = l.months().stream().map(LotteryResult.Month::month).toList();
    XYSeries oddsRec = new XYSeries("recommended season");
    XYSeries oddsFile = new XYSeries("the file's own season");
    boolean goal = chosen.waiting() != null;
    XYSeries waitRec = new XYSeries("recommended season");
    XYSeries waitFile = new XYSeries("the file's own season");
    for (int i = 0; i < months.size(); i++) {
      oddsRec.add(i, 100 * l.months().get(i).winProbability().mean());
      oddsFile.add(i, 100 * f.months().get(i).winProbability().mean());
      boolean judged = !goal || chosen.waiting().goal().cohorts(chosen.to()).contains(months.get(i));
      if (judged) {
        waitRec.add(i, 100 * share(l.months().get(i), goal));
        waitFile.add(i, 100 * share(f.months().get(i), goal));
      }
    }
    XYPlot top = lines(new XYSeries[] {oddsFile, oddsRec}, "chance to win that month (%)");
    double high = Math.max(oddsRec.getMaxY(), oddsFile.getMaxY());
    ((NumberAxis) top.getRangeAxis()).setRange(0, high * 1.3); // room for the phases' labels
    XYPlot bottom = lines(new XYSeries[] {waitFile, waitRec}, goal ? "win within " + chosen.waiting().goal()
        .withinMonths() + " draws (%)" : "win within the season (%)");
    bottom.getRenderer().setDefaultSeriesVisibleInLegend(false);
    if (goal) {
      double g = 100 * chosen.waiting().goal().share();
      bottom.addRangeMarker(ChartStyle.line(g, "goal " + new DecimalFormat("0.##").format(g) + "%", Palette.LIMIT,
          Palette.LIMIT_STROKE, RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT, 6));
      NumberAxis y = (NumberAxis) bottom.getRangeAxis();
      y.setAutoRangeIncludesZero(true);
      double most = g;
      for (int i = 0; i < waitRec.getItemCount(); i++) {
        most = Math.max(most, Math.max(waitRec.getY(i).doubleValue(), waitFile.getY(i).doubleValue()));
      }
      y.setRange(0, most * 1.2);
    }
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(monthAxis(months));
    plot.setGap(14);
    plot.add(top, 1);
    plot.add(bottom, 1);
    phases(top, p, months, true);
    phases(bottom, p, months, false);
    return ChartStyle.style(new JFreeChart(null, Palette.TITLE, plot, true));
  }

  private static double share(LotteryResult.Month m, boolean within) {
    return within ? m.cohortWinShareWithin().mean() : m.cohortWinShare().mean();
  }

  private static XYPlot lines(XYSeries[] series, String label) {
    XYSeriesCollection d = new XYSeriesCollection();
    for (XYSeries s : series) {
      d.addSeries(s);
    }
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
    r.setAutoPopulateSeriesShape(false); // the same marks for the same season in both plots
    r.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-3, -3, 6, 6));
    r.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
    r.setSeriesPaint(0, FILE.darker());
    r.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f));
    r.setSeriesPaint(1, Palette.PRIMARY);
    r.setSeriesStroke(1, Palette.LINE);
    NumberAxis y = new NumberAxis(label);
    y.setNumberFormatOverride(new DecimalFormat("0.##"));
    return new XYPlot(d, null, y, r);
  }
}
