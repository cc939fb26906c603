package org.tourplan.report.plan;

import static org.tourplan.report.plan.PlanCharts.CURRENT;
import static org.tourplan.report.plan.PlanCharts.RECOMMENDED;
import static org.tourplan.report.plan.PlanCharts.monthsEach;
import static org.tourplan.report.plan.PlanMarks.circle;
import static org.tourplan.report.plan.PlanMarks.cross;
import static org.tourplan.report.plan.PlanMarks.diamond;
import static org.tourplan.report.plan.PlanMarks.ring;
import static org.tourplan.report.plan.PlanMarks.square;
import static org.tourplan.report.plan.PlanMarks.translucent;
import static org.tourplan.report.plan.PlanMarks.triangle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.text.DecimalFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tourplan.plan.Evaluation;
import org.tourplan.plan.PlanResult;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.report.plan.PlanCharts.Chart;
import org.tourplan.report.plan.PlanMarks.Callout;
import org.tourplan.text.Numbers;
import org.tourplan.report.ChartStyle;
import org.tourplan.report.Palette;
import org.tourplan.report.PercentAxis;

/**
 * The plan page's first chart: every candidate the search examined, cost against the chance of reaching the
 * target, coloured and shaped by verdict, with the cost frontier and the recommendation and current timetable
 * called out.
 */
final class FrontierChart {
  /** Feasible candidates. */
  private static final Color FEASIBLE = new Color(0x009E73);
  /** Candidates still undecided at the replication cap. */
  private static final Color UNDECIDED = new Color(0xCC79A7);
  /** Candidates with too few shuttles or guides. */
  private static final Color TOO_FEW = new Color(0x8C8C8C);
  private static final int FRONTIER_HEIGHT = 560;

  private FrontierChart() {
  }

  /** The chart as the page shows it. */
  static Chart describe(PlanResult p) {
    long simulated = p.evaluated().stream().filter(e -> e.target() != null).count();
    String months = monthsEach(p.evaluated().stream().map(Evaluation::target).filter(t -> t != null).toList());
    return new Chart("frontier.png", "Cost against the chance of reaching the target",
        "Every one of the " + Numbers.plural(p.evaluated().size(), "candidate") + " the search examined "
            + "(cheapest first, "
            + "of " + Numbers.count(p.effort().frames()) + " combinations of counts, group, fleet and guides in the plan "
            + "space, each with its start times designed); " + Numbers.count(simulated)
            + " of them had their months counted (" + months + "); the others cannot reach the target even with "
            + "every tour full. "
            + "The current timetable is judged the same way.",
        "Each dot is a candidate: its cost a month across, the share of months reaching the target up. Colour and "
            + "shape give its verdict; candidates that cannot reach the target even with every tour full, and those with too few shuttles or "
            + "guides to serve a full group, sit at 0%. "
            + "The black step line is the frontier of feasible candidates: the best chance of reaching the target "
            + "for the money among those that meet both goals; unsafe candidates are never on it. Only "
            + "green dots above the dashed red line meet both goals; the recommendation is the cheapest of them.",
        ChartStyle.WIDTH, FRONTIER_HEIGHT);
  }

  /** Status groups in legend order, with colour and shape. */
  private enum Group {
    FEASIBLE("Feasible: meets both goals", FrontierChart.FEASIBLE, circle(11)),
    TARGET("Misses the target (or cannot reach it)", Palette.WAIT, triangle(12)),
    UNSAFE("Unsafe: breaches a limit", Palette.LIMIT, cross(11)),
    TOO_FEW("Too few shuttles or guides (at 0%)", FrontierChart.TOO_FEW, square(10)),
    UNDECIDED("Undecided at the replication cap", FrontierChart.UNDECIDED, diamond(12));

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

  /**
   * The share of months reaching the target, as plotted: 0 for a candidate whose fleet or guides cannot serve a
   * full group (its check-in count may reach the target, but such a timetable cannot run: it is no cheaper way to
   * 100%).
   */
  private static double chance(Evaluation e) {
    return e.target() == null || e.status() == Evaluation.Status.UNSERVABLE ? 0 : 100 * e.target().probability();
  }

  /** The frontier's legend entry. */
  static final String FRONTIER_LABEL = "Frontier: best chance for the money among feasible candidates";

  /**
   * The frontier the chart draws: feasible candidates only (both goals met), cheapest first, each one that raises
   * the best chance so far. Through unsafe or unjudged candidates it would promise a chance no safe timetable
   * gives at that cost.
   */
  static List<Evaluation> feasibleFrontier(PlanResult p) {
    List<Evaluation> all = new java.util.ArrayList<>(p.evaluated());
    if (p.current() != null && !all.contains(p.current())) {
      all.add(p.current());
    }
    all.removeIf(e -> !e.feasible());
    all.sort(java.util.Comparator.comparingDouble(Evaluation::cost));
    List<Evaluation> out = new java.util.ArrayList<>();
    double best = -1;
    for (Evaluation e : all) {
      if (chance(e) > best) {
        out.add(e);
        best = chance(e);
      }
    }
    return out;
  }

  /** The chart itself. */
  static JFreeChart chart(PlanResult p) {
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
    PlanSpace.Costs costs = p.base().plan().costs();
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
    NumberAxis x = new NumberAxis("cost a month (" + costs.currency() + ")");
    x.setNumberFormatOverride(new DecimalFormat("#,##0"));
    x.setRange(-right * 0.02, right);
    NumberAxis y = new PercentAxis("months reaching the target (%)", -4, 112, 10);
    XYPlot plot = new XYPlot(points, x, y, dots);
    for (int i = 0; i < points.getSeriesCount(); i++) {
      legend.add(dots.getLegendItem(0, i));
    }

    // the frontier, drawn under the dots
    XYSeries front = new XYSeries(FRONTIER_LABEL, false, true);
    for (Evaluation e : feasibleFrontier(p)) {
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
    plot.addRangeMarker(ChartStyle.line(confidence, "needed: "
        + Numbers.percentShort(p.base().target().confidence())
            + " of months", Palette.LIMIT, Palette.LIMIT_STROKE, RectangleAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT, 6),
        Layer.FOREGROUND);

    // labels sit at the left, a third of the way down: nothing cheap reaches the target with a middling chance
    // in practice (cheap candidates cannot reach it at all), so the lines to the marked points cross little
    if (rec != null) {
      ring(plot, rec.cost(), chance(rec), RECOMMENDED, 20);
      plot.addAnnotation(new Callout("Recommended: " + costs.format(rec.cost()) + " a month, "
          + Numbers.percentShort(chance(rec) / 100) + " of months", rec.cost(), chance(rec), 0.03, 0.30, RECOMMENDED));
    }
    if (cur != null) {
      String text = "Current timetable: " + costs.format(cur.cost()) + " a month, "
          + Numbers.percentShort(chance(cur) / 100)
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
    return ChartStyle.style(chart);
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
}
