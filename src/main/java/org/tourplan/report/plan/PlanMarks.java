package org.tourplan.report.plan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.tourplan.report.ChartStyle;
import org.tourplan.report.Palette;

/**
 * The marks the plan charts draw over their data: a ring and a callout (a boxed label with a line) at a candidate,
 * and the marker shapes of the candidates' verdicts. Shared by {@link FrontierChart} and {@link VolumeChart}.
 */
final class PlanMarks {
  private PlanMarks() {
  }

  /** Rings the point ({@code x}, {@code y}) with a circle {@code pixels} across. */
  static void ring(XYPlot plot, double x, double y, Color colour, double pixels) {
    // XYShapeAnnotation works in data units (a circle would become an ellipse): this one is sized in pixels
    plot.addAnnotation(new RingAnnotation(x, y, pixels, colour));
  }

  /**
   * A label at a fixed place of the plot (fractions of the data area: 0.02 is the left, 0.98 the right edge, and
   * the text grows inwards from there) with a line to a data point. Fixed places that the data cannot reach keep
   * labels off the points, whatever the scenario.
   */
  static final class Callout extends org.jfree.chart.annotations.AbstractXYAnnotation {
    private final String text;
    private final double x;
    private final double y;
    private final double fx;
    private final double fy;
    private final Color colour;

    Callout(String text, double x, double y, double fx, double fy, Color colour) {
      this.text = text;
      this.x = x;
      this.y = y;
      this.fx = fx;
      this.fy = fy;
      this.colour = colour;
    }

    @Override
    public void draw(java.awt.Graphics2D g2, XYPlot plot, Rectangle2D area,
                     org.jfree.chart.axis.ValueAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis,
                     int rendererIndex, org.jfree.chart.plot.PlotRenderingInfo info) {
      double px = domainAxis.valueToJava2D(x, area, plot.getDomainAxisEdge());
      double py = rangeAxis.valueToJava2D(y, area, plot.getRangeAxisEdge());
      double tx = area.getX() + fx * area.getWidth();
      double ty = area.getY() + fy * area.getHeight();
      TextAnchor anchor = fx > 0.5 ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
      g2.setFont(Palette.TICK.deriveFont(Font.BOLD));
      Rectangle2D box = org.jfree.chart.text.TextUtils.calcAlignedStringBounds(text, g2, (float) tx, (float) ty,
          anchor).getBounds2D();
      box = new Rectangle2D.Double(box.getX() - 4, box.getY() - 2, box.getWidth() + 8, box.getHeight() + 4);
      double sx = Math.max(box.getMinX(), Math.min(box.getMaxX(), px));
      double sy = Math.max(box.getMinY(), Math.min(box.getMaxY(), py));
      double dx = px - sx;
      double dy = py - sy;
      double d = Math.hypot(dx, dy);
      java.awt.Stroke saved = g2.getStroke();
      if (d > 14) {
        double ex = px - dx / d * 12;
        double ey = py - dy / d * 12;
        g2.setStroke(new BasicStroke(1.5f));
        g2.setPaint(colour);
        g2.draw(new java.awt.geom.Line2D.Double(sx, sy, ex, ey));
      }
      g2.setPaint(ChartStyle.LABEL_BACKGROUND);
      g2.fill(box);
      g2.setStroke(new BasicStroke(1f));
      g2.setPaint(colour);
      g2.draw(box);
      org.jfree.chart.text.TextUtils.drawAlignedString(text, g2, (float) tx, (float) ty, anchor);
      g2.setStroke(saved);
    }
  }

  /** A ring a fixed number of pixels across around a data point. */
  static final class RingAnnotation extends org.jfree.chart.annotations.AbstractXYAnnotation {
    private final double x;
    private final double y;
    private final double pixels;
    private final Color colour;

    RingAnnotation(double x, double y, double pixels, Color colour) {
      this.x = x;
      this.y = y;
      this.pixels = pixels;
      this.colour = colour;
    }

    @Override
    public void draw(java.awt.Graphics2D g2, XYPlot plot, Rectangle2D area,
                     org.jfree.chart.axis.ValueAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis,
                     int rendererIndex, org.jfree.chart.plot.PlotRenderingInfo info) {
      double px = domainAxis.valueToJava2D(x, area, plot.getDomainAxisEdge());
      double py = rangeAxis.valueToJava2D(y, area, plot.getRangeAxisEdge());
      if (plot.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL) {
        double t = px;
        px = py;
        py = t;
      }
      java.awt.Stroke saved = g2.getStroke();
      g2.setStroke(new BasicStroke(3f));
      g2.setPaint(colour);
      g2.draw(new Ellipse2D.Double(px - pixels / 2, py - pixels / 2, pixels, pixels));
      g2.setStroke(saved);
    }
  }
  /** {@code c} with the given alpha. */
  static Color translucent(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  static Shape circle(double d) {
    return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
  }

  static Shape square(double d) {
    return new Rectangle2D.Double(-d / 2, -d / 2, d, d);
  }

  static Shape triangle(double d) {
    Path2D.Double s = new Path2D.Double();
    s.moveTo(0, d / 2);
    s.lineTo(d / 2, -d / 2);
    s.lineTo(-d / 2, -d / 2);
    s.closePath();
    return s;
  }

  static Shape diamond(double d) {
    Path2D.Double s = new Path2D.Double();
    s.moveTo(0, -d / 2);
    s.lineTo(d / 2, 0);
    s.lineTo(0, d / 2);
    s.lineTo(-d / 2, 0);
    s.closePath();
    return s;
  }

  static Shape cross(double d) {
    double h = d / 2;
    double t = d / 6;
    Path2D.Double s = new Path2D.Double();
    s.moveTo(-h, -h + t);
    s.lineTo(-h + t, -h);
    s.lineTo(0, -t);
    s.lineTo(h - t, -h);
    s.lineTo(h, -h + t);
    s.lineTo(t, 0);
    s.lineTo(h, h - t);
    s.lineTo(h - t, h);
    s.lineTo(0, t);
    s.lineTo(-h + t, h);
    s.lineTo(-h, h - t);
    s.lineTo(-t, 0);
    s.closePath();
    return s;
  }
}
