package org.tourplan.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;

/**
 * The report's one palette and type scale. Zone colours are the Okabe-Ito colour-blind-safe set; waiting is
 * always amber, limits always dark red and dashed, rides grey, so a colour means the same thing on every chart.
 * Fonts are sized for charts shown about 17 cm wide on A4.
 */
public final class Palette {
  private Palette() {
  }

  /** Zone colours in route order (then repeated). */
  private static final Color[] ZONES = {
      new Color(0x0072B2), new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9),
      new Color(0x8C564B), new Color(0x7F7F7F), new Color(0xBCBD22), new Color(0x17BECF)};

  /** Main series colour (visitors, the whole floor, utilisation bars). */
  public static final Color PRIMARY = new Color(0x0072B2);
  /** Waiting (queues, pickups, guides). */
  public static final Color WAIT = new Color(0xE69F00);
  /** Shuttle rides and boarding. */
  public static final Color RIDE = new Color(0xA0A0A0);
  /** Limit lines and breaches. */
  public static final Color LIMIT = new Color(0xB2182B);
  /** Reference lines that are not limits (capacity, mean). */
  public static final Color REFERENCE = new Color(0x404040);
  /** Shaded blackout windows. */
  public static final Color BLACKOUT = new Color(0x40, 0x40, 0x40, 0x30);
  /** Gridlines. */
  public static final Color GRID = new Color(0xD9D9D9);
  /** Text. */
  public static final Color TEXT = new Color(0x222222);
  /** Calendar: days without tours. */
  public static final Color NONE = new Color(0xEEEEEE);
  /** Calendar scale, light to dark. */
  public static final Color SCALE_LOW = new Color(0xDEEBF7);
  /** Calendar scale, dark end. */
  public static final Color SCALE_HIGH = new Color(0x08519C);

  /** Chart titles. */
  public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  /** Axis labels and legends. */
  public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
  /** Tick labels and annotations. */
  public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  /** Small annotations. */
  public static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

  /** Dashed stroke of limit lines. */
  public static final Stroke LIMIT_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
      new float[] {10f, 6f}, 0f);
  /** Dotted stroke of reference lines. */
  public static final Stroke REFERENCE_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
      10f, new float[] {3f, 4f}, 0f);
  /** Data lines. */
  public static final Stroke LINE = new BasicStroke(2.5f);

  /** The colour of the i-th zone of the route. */
  public static Paint zone(int i) {
    return ZONES[Math.floorMod(i, ZONES.length)];
  }
}
