package org.tourplan.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalTime;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.tourplan.text.Numbers;

/**
 * The charts' shared look: their width, the white background and the {@link Palette}'s fonts on every plot and axis
 * ({@link #style}), labelled marker lines, in-plot headings, subtitles and clock axes. One place, so that the report,
 * plan and sweep charts cannot drift apart; the chart classes then hold only what they draw.
 */
public final class ChartStyle {
  /** Width of every chart in pixels (shown at most this wide; about 17 cm on A4). */
  public static final int WIDTH = 1000;
  /** Behind marker labels, so a line or bar under the text does not hide it. */
  public static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 225);

  private ChartStyle() {
  }

  /** Minutes since midnight of {@code t}, the unit of every clock axis. */
  public static double minute(LocalTime t) {
    return t.toSecondOfDay() / 60.0;
  }

  /** A bold heading drawn inside a plot, on a white box so the data under it cannot hide it. */
  public static TextTitle heading(String text) {
    TextTitle t = new TextTitle(text, Palette.LABEL.deriveFont(Font.BOLD));
    t.setPaint(Palette.TEXT);
    t.setBackgroundPaint(new Color(255, 255, 255, 210));
    t.setPadding(2, 4, 2, 4);
    return t;
  }

  /** A horizontal or vertical limit or reference line with its label placed at {@code anchor}. */
  public static ValueMarker line(double v, String label, Paint paint, java.awt.Stroke stroke,
                                  RectangleAnchor anchor, TextAnchor text, double inset) {
    ValueMarker m = new ValueMarker(v, paint, stroke);
    m.setLabel(label);
    m.setLabelFont(Palette.SMALL.deriveFont(Font.BOLD));
    m.setLabelPaint(paint);
    m.setLabelAnchor(anchor);
    m.setLabelTextAnchor(text);
    m.setLabelOffset(new RectangleInsets(2, inset, 2, inset));
    m.setLabelBackgroundColor(LABEL_BACKGROUND);
    return m;
  }

  /** An axis of minutes since midnight, ticks as HH:MM. */
  public static NumberAxis clockAxis(String label) {
    NumberAxis x = new NumberAxis(label);
    x.setNumberFormatOverride(new ClockFormat());
    return x;
  }

  /** Clock ticks every 30, 60 or 120 minutes, whichever fits the axis's span. */
  public static void clockTicks(NumberAxis x) {
    double span = x.getUpperBound() - x.getLowerBound();
    x.setTickUnit(new NumberTickUnit(span > 12 * 60 ? 120 : span > 5 * 60 ? 60 : 30, new ClockFormat()));
  }

  /** A plain line of text under the chart. */
  public static TextTitle subtitle(String text) {
    TextTitle t = new TextTitle(text, Palette.LABEL);
    t.setPaint(Palette.TEXT);
    return t;
  }

  /** White background, the palette's fonts and gridlines on every plot and axis. */
  public static JFreeChart style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(Palette.LABEL);
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint(Color.WHITE);
      legend.setPosition(RectangleEdge.TOP);
    }
    stylePlot(chart.getPlot());
    return chart;
  }

  private static void stylePlot(Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (plot instanceof CombinedDomainXYPlot c) {
      axis(c.getDomainAxis());
      for (XYPlot p : c.getSubplots()) {
        stylePlot(p);
      }
    } else if (plot instanceof CombinedRangeXYPlot c) {
      axis(c.getRangeAxis());
      for (XYPlot p : c.getSubplots()) {
        stylePlot(p);
      }
    } else if (plot instanceof XYPlot p) {
      p.setDomainGridlinePaint(Palette.GRID);
      p.setRangeGridlinePaint(Palette.GRID);
      p.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
      for (int i = 0; i < p.getDomainAxisCount(); i++) {
        axis(p.getDomainAxis(i));
      }
      for (int i = 0; i < p.getRangeAxisCount(); i++) {
        axis(p.getRangeAxis(i));
      }
    } else if (plot instanceof CategoryPlot p) {
      p.setRangeGridlinePaint(Palette.GRID);
      p.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
      p.getDomainAxis().setLabelFont(Palette.LABEL);
      p.getDomainAxis().setTickLabelFont(Palette.LABEL);
      p.getDomainAxis().setTickLabelPaint(Palette.TEXT);
      p.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
      axis(p.getRangeAxis());
    }
  }

  private static void axis(ValueAxis a) {
    if (a == null) {
      return;
    }
    a.setLabelFont(Palette.LABEL);
    a.setLabelPaint(Palette.TEXT);
    if (a.getTickLabelFont().getSize() < Palette.TICK.getSize() || !(a instanceof SymbolAxis)) {
      a.setTickLabelFont(a instanceof SymbolAxis && a.getTickLabelFont().equals(Palette.LABEL) ? Palette.LABEL
          : Palette.TICK);
    }
    a.setTickLabelPaint(Palette.TEXT);
  }

  /** Minutes of the day as HH:MM on axes. */
  public static final class ClockFormat extends NumberFormat {
    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
      double m = Math.floorMod((long) Math.floor(number + 1e-9), 1440L);
      return toAppendTo.append(Numbers.clock(m));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
      return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
      return null;
    }
  }
}
