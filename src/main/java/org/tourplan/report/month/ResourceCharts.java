package org.tourplan.report.month;

import static org.tourplan.report.ChartStyle.style;
import static org.tourplan.report.ChartStyle.subtitle;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tourplan.text.Numbers;
import org.tourplan.report.Palette;

/**
 * The report's charts of where groups wait and what is busy: waits by place (median, 90th percentile, longest)
 * and the utilisation of guides, shuttles and zones.
 */
final class ResourceCharts {
  private ResourceCharts() {
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
    boolean[] floor = new boolean[waits.size()];
    for (int i = 0; i < floor.length; i++) {
      floor[i] = waits.get(i).floor();
    }
    BarRenderer r = floorLimit == null ? new BarRenderer() : new FloorLimitRenderer(floorLimit, floor);
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
      // the limit bounds waits on the floor only: drawn across those rows, named in the legend
      LegendItemCollection legend = new LegendItemCollection();
      legend.addAll(r.getLegendItems());
      legend.add(new LegendItem("limit for a wait on the floor: " + Numbers.number(floorLimit) + " min", null, null,
          null, new Line2D.Double(0, 0, 16, 0), Palette.LIMIT_STROKE, Palette.LIMIT));
      p.setFixedLegendItems(legend);
    }
    JFreeChart chart = new JFreeChart(null, Palette.TITLE, p, true);
    if (top == 0) {
      chart.addSubtitle(subtitle("No group waited at all in this month."));
    }
    return style(chart);
  }

  /** Bars that also draw a limit line across the rows it bounds, and only those (after the last series' bar). */
  static final class FloorLimitRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final double limit;
    private final boolean[] rows;

    FloorLimitRenderer(double limit, boolean[] rows) {
      this.limit = limit;
      this.rows = rows.clone();
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      if (pass != getPassCount() - 1 || row != dataset.getRowCount() - 1 || column >= rows.length || !rows[column]) {
        return;
      }
      int n = dataset.getColumnCount();
      double from = domainAxis.getCategoryStart(column, n, dataArea, plot.getDomainAxisEdge());
      double to = domainAxis.getCategoryEnd(column, n, dataArea, plot.getDomainAxisEdge());
      double at = rangeAxis.valueToJava2D(limit, dataArea, plot.getRangeAxisEdge());
      g2.setPaint(Palette.LIMIT);
      g2.setStroke(Palette.LIMIT_STROKE);
      g2.draw(plot.getOrientation() == PlotOrientation.HORIZONTAL ? new Line2D.Double(at, from, at, to)
          : new Line2D.Double(from, at, to, at));
    }
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
}
