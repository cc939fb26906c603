package org.tourplan.report.month;

import static org.tourplan.report.ChartStyle.line;
import static org.tourplan.report.ChartStyle.style;

import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tourplan.report.Palette;

/**
 * The charts of the report's optional Shuttles section: the vehicle Gantt chart of one date's plan and the vehicles
 * each day of the week needs against the file's fleet.
 */
final class ShuttleCharts {
  private ShuttleCharts() {
  }

  // ------------------------------------------------------------------------------------------------ shuttles

  /** Height of the vehicle Gantt chart for {@code vehicles} rows. */
  static int vehicleGanttHeight(int vehicles) {
    return Math.max(260, 140 + 64 * vehicles);
  }

  /**
   * The vehicle Gantt chart of one date's plan, in the report's type scale (the page's heading
   * names the date, so the chart has no title of its own).
   */
  static JFreeChart vehicleGantt(org.tourplan.roster.DayPlan plan) {
    JFreeChart chart = VehicleGanttChart.chart(plan);
    chart.setTitle((TextTitle) null);
    XYPlot p = chart.getXYPlot();
    // one label per run of consecutive legs of the same tour on a vehicle (a tour's rides are minutes apart, so a
    // label on every ride overlaps its neighbours), centred over the run
    p.clearAnnotations();
    long day = plan.date().toEpochDay() * 86_400_000L;
    double lo = plan.vehicles().stream().flatMap(v -> v.legs().stream())
        .mapToDouble(org.tourplan.roster.Leg::start).min().orElse(9 * 60);
    double hi = plan.vehicles().stream().flatMap(v -> v.legs().stream())
        .mapToDouble(org.tourplan.roster.Leg::end).max().orElse(17 * 60);
    lo = Math.floor((lo - 5) / 15) * 15;
    hi = Math.max(lo + 60, Math.ceil((hi + 5) / 15) * 15);
    p.getDomainAxis().setRange(day + lo * 60_000L, day + hi * 60_000L);
    // a label ("10:30", Palette.SMALL) is about 40 px wide on a plot about 820 px wide
    double labelMinutes = 44 * (hi - lo) / 820;
    for (org.tourplan.roster.VehicleRoster v : plan.vehicles()) {
      double lastRight = Double.NEGATIVE_INFINITY;
      List<org.tourplan.roster.Leg> legs = v.legs().stream()
          .filter(l -> l.kind() != org.tourplan.roster.Leg.Kind.EMPTY).toList();
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
}
