package org.tourplan.report.plan;

import static org.tourplan.report.plan.PlanCharts.monthsEach;
import static org.tourplan.report.plan.PlanCharts.unit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.tourplan.plan.Candidate;
import org.tourplan.plan.Evaluation;
import org.tourplan.plan.PlanResult;
import org.tourplan.report.plan.PlanCharts.Chart;
import org.tourplan.text.Numbers;
import org.tourplan.scenario.Target;
import org.tourplan.report.ChartStyle;
import org.tourplan.report.Palette;

/**
 * The plan page's heat map: for one group size and overbooking, the share of months reaching the target of every
 * combination of tours per weekday and per weekend day, with the recommendation and current timetable framed.
 */
final class TargetHeatMap {
  private static final int HEAT_HEIGHT_BASE = 200;

  private TargetHeatMap() {
  }

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

  /** The chart as the page shows it. */
  static Chart describe(PlanResult p) {
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
        "Every timetable of the plan space (" + Numbers.count(cells.size()) + " combinations of tours per weekday "
            + "and per weekend day) with " + whose + " group: " + group + "; " + monthsEach(ts)
            + ", counted from the check-in draws.",
        "Each cell is a timetable: tours on each weekday down, tours on each weekend day across. The big number is "
            + "the share of months reaching " + Numbers.count(t.visitorsPerMonth()) + " " + unit(p)
            + ", the small one the mean " + unit(p) + " a month. Dark blue cells reach it in at least the "
            + Numbers.percentShort(t.confidence())
            + " of months needed; lighter cells fall short; grey cells cannot reach it "
            + "even with every tour full. "
            + (p.recommended() != null ? "The black frame is the recommendation. " : "")
            + (curShown ? "The dashed frame is the current timetable." : cur == null ? ""
            : "The current timetable uses another group (" + cur.groupSize() + " places"
            + (cur.overbook() > 0 ? " +" + cur.overbook() + " overbooked" : "") + "), so it is not framed here.")
            + " Safety is not part of this map: the frontier above shows which timetables were also safe.",
        ChartStyle.WIDTH, HEAT_HEIGHT_BASE + 95 * Math.max(1, distinct(cells, true).size()));
  }

  /** The chart itself. */
  static JFreeChart chart(PlanResult p) {
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
      XYTextAnnotation big = new XYTextAnnotation(Numbers.percentShort(Math.floor(z * 10) / 1000), cx, cy - 0.12);
      big.setFont(Palette.LABEL.deriveFont(Font.BOLD, 19f));
      big.setPaint(dark ? Color.WHITE : Palette.TEXT);
      plot.addAnnotation(big);
      double mean = places ? v.target().placesMean() : v.target().visitorsMean();
      XYTextAnnotation small = new XYTextAnnotation(Numbers.count(mean) + (places ? " places" : " visitors"), cx,
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
    NumberAxis legendAxis = new NumberAxis("months reaching the target (%); needed: " + Numbers.percentShort(confidence / 100));
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
    return ChartStyle.style(chart);
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
}
