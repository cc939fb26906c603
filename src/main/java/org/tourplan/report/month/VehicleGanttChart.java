package org.tourplan.report.month;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.tourplan.roster.DayPlan;
import org.tourplan.roster.Leg;
import org.tourplan.roster.VehicleRoster;

/**
 * The vehicle Gantt chart of one date's plan: one row per vehicle, bars for empty drives, boarding and rides, each
 * ride labelled with its tour's start time. Beside the report's other charts: {@link #chart(DayPlan)} for the
 * JFreeChart object, {@link #png(DayPlan, int, int)} for the image (byte-identical across runs, headless).
 * Times are shown as the clock of the plan's date (simulation minutes mapped onto UTC, so no time zone shifts them).
 */
public final class VehicleGanttChart {
  /** Bar colours: empty drive, boarding, ride. */
  static final Color EMPTY = new Color(0xB0B0B0);
  static final Color BOARD = new Color(0xF2A03D);
  static final Color RIDE = new Color(0x2F6DB5);
  private static final long MINUTE_MS = 60_000L;

  private VehicleGanttChart() {
  }

  /** The chart of one date's rosters (an empty plot when the date has no rides). */
  public static JFreeChart chart(DayPlan plan) {
    XYIntervalSeries empty = new XYIntervalSeries("empty drive");
    XYIntervalSeries board = new XYIntervalSeries("boarding");
    XYIntervalSeries ride = new XYIntervalSeries("ride");
    int n = plan.vehicles().size();
    String[] rows = new String[n];
    long day = plan.date().toEpochDay() * 86_400_000L;
    XYPlot plot = new XYPlot();
    for (VehicleRoster v : plan.vehicles()) {
      int y = v.vehicle();
      rows[y] = "vehicle " + (y + 1);
      for (Leg l : v.legs()) {
        double lo = day + l.start() * MINUTE_MS;
        double hi = day + l.end() * MINUTE_MS;
        XYIntervalSeries s = switch (l.kind()) {
          case EMPTY -> empty;
          case BOARD -> board;
          case RIDE -> ride;
        };
        s.add((lo + hi) / 2, lo, hi, y, y - 0.35, y + 0.35);
        if (l.kind() == Leg.Kind.RIDE) {
          XYTextAnnotation label = new XYTextAnnotation(l.label().replace("tour ", ""), (lo + hi) / 2, y + 0.42);
          label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
          label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
          plot.addAnnotation(label);
        }
      }
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(empty);
    data.addSeries(board);
    data.addSeries(ride);

    DateAxis time = new DateAxis("time of day");
    time.setTimeZone(TimeZone.getTimeZone("UTC"));
    SimpleDateFormat hhmm = new SimpleDateFormat("HH:mm", Locale.ROOT);
    hhmm.setTimeZone(TimeZone.getTimeZone("UTC"));
    time.setDateFormatOverride(hhmm);
    SymbolAxis vehicles = new SymbolAxis(null, n == 0 ? new String[] {""} : rows);
    vehicles.setGridBandsVisible(false);
    vehicles.setInverted(true);
    vehicles.setRange(-0.7, Math.max(0, n - 1) + 0.7);

    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setSeriesPaint(0, EMPTY);
    renderer.setSeriesPaint(1, BOARD);
    renderer.setSeriesPaint(2, RIDE);

    plot.setDataset(data);
    plot.setDomainAxis(time);
    plot.setRangeAxis(vehicles);
    plot.setRenderer(renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    plot.setDomainGridlineStroke(new BasicStroke(0.5f));
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart("Shuttle rosters, " + plan.date() + " (" + n + " vehicle" + (n == 1 ? "" : "s")
        + ")", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** The chart as a PNG image. */
  public static byte[] png(DayPlan plan, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart(plan), width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
